package se.telefonpolicy.compliance.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.testsupport.AuthorizationMatrix;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestTokens;

/** Every operation of the OpenAPI document × every kind of caller, against authorization/expected-status.csv. */
@QuarkusTest
class AuthorizationMatrixTest {

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() {
        Instant at = Instant.parse("2026-10-01T08:00:00Z");
        KafkaTestClient.sendEvent(new UnitSnapshot("az-unit", "Bygglov", null, "az-manager", null, null, false, null, false, at));
        KafkaTestClient.sendEvent(new UnitSnapshot("az-child", "Bygglov norr", "az-unit", null, null, null, false, null, false, at));
        KafkaTestClient.sendEvent(new UnitSnapshot("az-other", "Miljö", null, "az-other-manager", null, null, false, null, false, at));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().auth().oauth2(TestTokens.admin()).get("/api/v1/reports/units/az-child").then().statusCode(200);
            given().auth().oauth2(TestTokens.admin()).get("/api/v1/reports/units/az-other").then().statusCode(200);
        });

        AuthorizationMatrix.of("compliance-service", "authorization/expected-status.csv")
                .employee("az-employee").manager("az-manager", "az-unit").otherManager("az-other-manager", "az-other")
                .switchboard("az-switchboard")
                .verify();
    }
}
