package se.telefonpolicy.callback.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.testsupport.TestTokens;

/** The calendar endpoints through the running service (the local closed day 2026-05-15 is set in %test). */
@QuarkusTest
class CalendarEndpointsTest {

    /** BRIEF.md's examples, Stockholm local times given as UTC instants. */
    @ParameterizedTest
    @CsvSource({
            "2026-11-30T09:00:00Z, 2026-12-02T16:00:00Z", // Mon 10:00 → Wed 17:00
            "2026-12-04T17:30:00Z, 2026-12-08T16:00:00Z", // Fri 18:30 → Tue 17:00
            "2026-12-05T11:00:00Z, 2026-12-08T16:00:00Z", // Sat → the following Tue
            "2026-12-22T08:00:00Z, 2026-12-28T16:00:00Z", // Tue before Christmas → Mon 28th
            "2026-05-13T08:00:00Z, 2026-05-19T15:00:00Z"  // Wed before Ascension + the local klämdag → Tue (UTC+2), not Mon
    })
    void callbackDueFollowsTheSwedishCalendar(String receivedAt, String dueAt) {
        given().auth().oauth2(TestTokens.employee("emp-1"))
                .queryParam("receivedAt", receivedAt)
                .get("/api/v1/calendar/callback-due")
                .then().statusCode(200).body("receivedAt", equalTo(receivedAt)).body("dueAt", equalTo(dueAt));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "yesterday", "2026-11-30", "2026-11-30T10:00" })
    void aBadInstantIs400ProblemNamingReceivedAt(String receivedAt) {
        given().auth().oauth2(TestTokens.pbx())
                .queryParam("receivedAt", receivedAt)
                .get("/api/v1/calendar/callback-due")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("receivedAt"));
    }

    @Test
    void closedDaysOfAYearWithSwedishNamesAndKinds() {
        given().auth().oauth2(TestTokens.switchboard("emp-vaxel"))
                .queryParam("year", "2026")
                .get("/api/v1/calendar/closed-days")
                .then().statusCode(200)
                .body("find { it.date == '2026-12-24' }.kind", equalTo("eve"))
                .body("find { it.date == '2026-12-25' }.kind", equalTo("public"))
                .body("find { it.date == '2026-04-03' }.kind", equalTo("public"))
                .body("find { it.date == '2026-05-15' }.kind", equalTo("local"))
                .body("find { it.date == '2026-05-15' }.name", equalTo("Klämdag efter Kristi himmelsfärd"))
                // weekends are never listed: nationaldagen 2026 is a Saturday
                .body("date", not(hasItem("2026-06-06")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "twenty", "1900", "99999" })
    void aBadYearIs400ProblemNamingYear(String year) {
        given().auth().oauth2(TestTokens.admin())
                .queryParam("year", year)
                .get("/api/v1/calendar/closed-days")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("year"));
    }

    @Test
    void anyRoleMayAskButNotAnonymously() {
        given().queryParam("receivedAt", "2026-11-30T09:00:00Z").get("/api/v1/calendar/callback-due")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
