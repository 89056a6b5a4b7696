package se.telefonpolicy.pbxconnector.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.contracts.directory.EmployeeSnapshot;
import se.telefonpolicy.testsupport.AuthorizationMatrix;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestTokens;

/** Every operation of the OpenAPI document × every kind of caller, against authorization/expected-status.csv. */
@QuarkusTest
class AuthorizationMatrixTest {

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() {
        KafkaTestClient.sendEvent(new EmployeeSnapshot("az-employee", null, "Anna", "Ek", "Handläggare", "az-unit", "4790",
                List.of(), null, null, true, null, List.of(), null, true, Instant.parse("2026-11-01T08:00:00Z")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .get("/api/v1/pbx/extensions/4790").then().statusCode(200));

        AuthorizationMatrix.of("pbx-connector", "authorization/expected-status.csv")
                .employee("az-employee").manager("az-manager", "az-unit").otherManager("az-other-manager", "az-other")
                .switchboard("az-switchboard")
                .path("extension", "4790")
                .verify();
    }
}
