package se.telefonpolicy.compliance.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestClock;
import se.telefonpolicy.testsupport.TestTokens;

/** Who may read which unit's report (a manager their subtree, admin all), the default period, and the CSV. */
@QuarkusTest
class ReportAccessTest {

    private static final String PATH = "/api/v1/reports/units/{unit}";

    @Inject
    TestClock clock;

    @BeforeEach
    void unitTree() {
        Instant at = Instant.parse("2026-10-01T08:00:00Z");
        KafkaTestClient.sendEvent(new UnitSnapshot("ra-top", "Socialtjänsten", null, "ra-m1", null, null, false, null, false, at));
        KafkaTestClient.sendEvent(new UnitSnapshot("ra-child", "Försörjningsstöd", "ra-top", "ra-m2", null, null, false, null, false, at));
        KafkaTestClient.sendEvent(new UnitSnapshot("ra-other", "Miljö; hälsa", null, "ra-m3", null, null, false, null, false, at));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().auth().oauth2(TestTokens.admin()).get(PATH, "ra-other").then().statusCode(200);
            given().auth().oauth2(TestTokens.admin()).get(PATH, "ra-child").then().statusCode(200);
        });
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aManagerSeesTheirOwnSubtreeAndNothingElse() {
        given().auth().oauth2(TestTokens.manager("ra-m1", "ra-top")).get(PATH, "ra-child").then().statusCode(200)
                .body("units", equalTo(java.util.List.of("ra-child")));
        given().auth().oauth2(TestTokens.manager("ra-m1", "ra-top")).get(PATH, "ra-top").then().statusCode(200)
                .body("units.size()", equalTo(2));
        given().auth().oauth2(TestTokens.manager("ra-m2", "ra-child")).get(PATH, "ra-top").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.manager("ra-m3", "ra-other")).get(PATH, "ra-child").then().statusCode(403);
        given().auth().oauth2(TestTokens.employee("ra-e1")).get(PATH, "ra-top").then().statusCode(403);
        given().get(PATH, "ra-top").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).get(PATH, "ra-other").then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).get(PATH, "ra-finns-inte").then().statusCode(404);
    }

    @Test
    void aUnitOutsideTheScopeIsRefusedWhetherItExistsOrNot() {
        // a 404 here would tell a manager which unit ids exist
        given().auth().oauth2(TestTokens.manager("ra-m3", "ra-other")).get(PATH, "ra-finns-inte").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.manager("ra-m3", "ra-other")).get("/api/v1/units/{unit}/open-callbacks", "ra-finns-inte")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/units/{unit}/open-callbacks", "ra-top").then().statusCode(200);
    }

    @Test
    void theDirectorysManagerLinkCountsAsInCallbackService() {
        // the token names another unit (or none); the directory names ra-m1 the manager of ra-top
        String otherUnitInToken = TestTokens.manager("ra-m1", "ra-other");
        given().auth().oauth2(otherUnitInToken).get(PATH, "ra-child").then().statusCode(200);
        given().auth().oauth2(otherUnitInToken).get(PATH, "ra-other").then().statusCode(200);
        String noUnitInToken = TestTokens.token("ra-m2", null, java.util.Set.of("manager", "employee"));
        given().auth().oauth2(noUnitInToken).get(PATH, "ra-child").then().statusCode(200);
        given().auth().oauth2(noUnitInToken).get(PATH, "ra-top").then().statusCode(403);
        given().auth().oauth2(noUnitInToken).get("/api/v1/units/{unit}/open-callbacks", "ra-child").then().statusCode(200);
        given().auth().oauth2(noUnitInToken).get("/api/v1/units/{unit}/open-callbacks", "ra-top").then().statusCode(403);
    }

    @Test
    void badParametersAre400sNamingTheField() {
        given().auth().oauth2(TestTokens.admin()).get(PATH + "?from=2026-13-01", "ra-top").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        given().auth().oauth2(TestTokens.admin()).get(PATH + "?from=2026-11-10&to=2026-11-01", "ra-top").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().auth().oauth2(TestTokens.admin()).get(PATH + "?subunits=kanske", "ra-top").then().statusCode(400)
                .body("errors[0].field", equalTo("subunits"));
    }

    @Test
    void theDefaultPeriodIsLastCalendarMonthInStockholm() {
        // 2026-12-01 00:30 in Stockholm is still 2026-11-30 in UTC: the month is December's, so the report is November's
        clock.set(Instant.parse("2026-11-30T23:30:00Z"));
        given().auth().oauth2(TestTokens.admin()).get(PATH, "ra-top").then().statusCode(200)
                .body("from", equalTo("2026-11-01")).body("to", equalTo("2026-11-30"))
                .body("timeZone", equalTo("Europe/Stockholm")).body("subunits", equalTo(true));
    }

    @Test
    void csvHasSwedishHeadersAndABomForExcel() {
        byte[] body = given().auth().oauth2(TestTokens.admin()).accept("text/csv")
                .get(PATH + "?from=2026-11-01&to=2026-11-30", "ra-other")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String[] lines = new String(body, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("Enhet;Enhetens namn;Med underenheter;Från och med;Till och med;Återuppringningar totalt;")
                .contains("Hänvisningar utan återkomsttid").contains("Svarsfrekvens");
        // the name holds the separator, so it is quoted; no calls: no answer rate
        assertThat(lines[1]).startsWith("ra-other;\"Miljö; hälsa\";ja;2026-11-01;2026-11-30;0;");
        assertThat(lines[1].replace("\"Miljö; hälsa\"", "x").split(";", -1)).hasSameSizeAs(lines[0].split(";"));

        String byFormat = given().auth().oauth2(TestTokens.admin()).get(PATH + "?format=csv&from=2026-11-01&to=2026-11-30", "ra-other")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(byFormat).contains("Återuppringningar totalt");
    }
}
