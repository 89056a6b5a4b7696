package se.telefonpolicy.availability.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.testsupport.TestTokens;

/** Issue 17: a coverage day outside the working calendar's years is a 400 naming the field and the range. */
@QuarkusTest
class CoverageDateOutsideTheCalendarTest {

    @Test
    void aDayOutsideTheCalendarsYearsIsA400NamingTheFieldAndTheRange() {
        for (String date : new String[] { "1900-01-01", "9999-12-31", "%2B999999999-12-31", "-999999999-01-01" }) {
            given().urlEncodingEnabled(false).auth().oauth2(TestTokens.admin())
                    .get("/api/v1/units/cd-unit/coverage?date=" + date)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("date"))
                    .body("errors[0].message", allOf(containsString("1953-01-01"), containsString("2299-12-31")));
        }
    }
}
