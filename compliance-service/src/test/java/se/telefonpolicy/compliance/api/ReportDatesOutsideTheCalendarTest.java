package se.telefonpolicy.compliance.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestTokens;

/** Issue 17: a period outside the working calendar's years is a 400 naming the field and the range, not a 500. */
@QuarkusTest
class ReportDatesOutsideTheCalendarTest {

    private static final String PATH = "/api/v1/reports/units/{unit}";

    @BeforeEach
    void unit() {
        KafkaTestClient.sendEvent(new UnitSnapshot("rd-unit", "Överförmyndare", null, "rd-m1", null, null, false, null, false,
                Instant.parse("2026-10-01T08:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> given().auth().oauth2(TestTokens.admin()).get(PATH, "rd-unit").then().statusCode(200));
    }

    @Test
    void fromBeforeOrToAfterTheCalendarsYearsIsA400NamingTheFieldAndTheRange() {
        outside("?from=1900-01-01&to=2026-11-30", "from");
        outside("?from=2026-11-01&to=9999-12-31", "to");
        outside("?from=%2B999999999-01-01", "from");
    }

    @Test
    void theCalendarsFirstAndLastDayAreReported() {
        given().auth().oauth2(TestTokens.admin()).get(PATH + "?from=1953-01-01&to=1953-01-31", "rd-unit").then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).get(PATH + "?from=2299-12-01&to=2299-12-31", "rd-unit").then().statusCode(200);
    }

    private static void outside(String query, String field) {
        given().urlEncodingEnabled(false).auth().oauth2(TestTokens.admin()).get(PATH.replace("{unit}", "rd-unit") + query)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", allOf(containsString("1953-01-01"), containsString("2299-12-31")));
    }
}
