package se.telefonpolicy.compliance.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.OpenApiFuzz;
import se.telefonpolicy.testsupport.TestTokens;

/** Every operation of the service's OpenAPI document, sent malformed: a 4xx problem+json each time, never a 5xx. */
@QuarkusTest
class MalformedRequestsFuzzTest {

    @Test
    void everyOperationRefusesMalformedInputWithAProblem() {
        String token = TestTokens.token("fz-m1", "fz-unit", Set.of("admin", "manager", "employee"));
        // a unit that exists, so that a well-formed {unitId} reaches the report itself
        KafkaTestClient.sendEvent(new UnitSnapshot("fz-unit", "Fuzzenheten", null, "fz-m1", null, null, false, null, false,
                Instant.parse("2026-10-01T08:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token)
                .get("/api/v1/reports/units/fz-unit").then().statusCode(200));

        OpenApiFuzz.Report report = OpenApiFuzz.of("compliance-service").seed(17).casesPerOperation(200)
                .token(op -> token).pathValue("unitId", "fz-unit").run();

        assertThat(report.failures()).as(OpenApiFuzz.describe(report)).isEmpty();
    }
}
