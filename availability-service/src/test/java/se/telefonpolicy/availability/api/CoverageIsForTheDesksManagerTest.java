package se.telefonpolicy.availability.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.contracts.directory.OpeningHours;
import se.telefonpolicy.contracts.directory.ServiceDesk;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestTokens;

/** A desk's coverage is its managers' (the token's unit or the directory's manager link, and the units above). */
@QuarkusTest
class CoverageIsForTheDesksManagerTest {

    private static final String PATH = "/api/v1/units/{unit}/coverage?date=2026-11-30";

    @Test
    void aManagerOfAnotherUnitIsRefusedAnyDeskKnownOrNot() {
        Instant at = Instant.parse("2026-11-01T08:00:00Z");
        ServiceDesk desk = new ServiceDesk(List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(16, 0))),
                List.of(), 1);
        KafkaTestClient.sendEvent(new UnitSnapshot("cv-forvaltning", "Förvaltningen", null, "cv-chef", null, null, false, null,
                false, at));
        KafkaTestClient.sendEvent(new UnitSnapshot("cv-desk", "Kontaktcenter", "cv-forvaltning", null, null, null, true, desk,
                false, at));
        KafkaTestClient.sendEvent(new UnitSnapshot("cv-annan", "Annan", null, "cv-annan-chef", null, null, false, null, false, at));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .get(PATH, "cv-desk").then().statusCode(200));

        given().auth().oauth2(TestTokens.manager("cv-chef", "cv-forvaltning")).get(PATH, "cv-desk").then().statusCode(200);
        // the directory's manager link alone
        given().auth().oauth2(TestTokens.token("cv-chef", null, Set.of("manager", "employee"))).get(PATH, "cv-desk").then()
                .statusCode(200);
        given().auth().oauth2(TestTokens.manager("cv-annan-chef", "cv-annan")).get(PATH, "cv-desk").then().statusCode(403)
                .contentType("application/problem+json");
        // outside the scope: 403 whether the unit exists or not; in it, a unit that is no desk is a 404
        given().auth().oauth2(TestTokens.manager("cv-annan-chef", "cv-annan")).get(PATH, "cv-finns-inte").then().statusCode(403);
        given().auth().oauth2(TestTokens.manager("cv-annan-chef", "cv-annan")).get(PATH, "cv-annan").then().statusCode(404);
        given().auth().oauth2(TestTokens.admin()).get(PATH, "cv-finns-inte").then().statusCode(404);
    }
}
