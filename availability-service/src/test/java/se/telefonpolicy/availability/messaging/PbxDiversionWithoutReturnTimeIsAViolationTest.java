package se.telefonpolicy.availability.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.availability.PresenceStatus;
import se.telefonpolicy.contracts.pbx.PbxStatusChanged;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestTokens;

/** The PBX is the master: a diversion without a return time is accepted, stored and flagged once. */
@QuarkusTest
class PbxDiversionWithoutReturnTimeIsAViolationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void onePbxDiversionWithoutReturnTimeIsExactlyOneViolationEvenWhenDeliveredTwice() {
        Instant changedAt = Instant.parse("2026-11-30T13:00:00Z");
        var meeting = new PbxStatusChanged("emp-utan-tid", PresenceStatus.MEETING, changedAt, null, "I möte", null, "7");
        EventEnvelope envelope = EventEnvelope.of(meeting);
        KafkaTestClient.send(envelope.topic(), envelope.key(), envelope.data(), envelope.headers());
        KafkaTestClient.send(envelope.topic(), envelope.key(), envelope.data(), envelope.headers());
        // one with a return time, after it on the same partition: when it is applied, the first one surely was
        KafkaTestClient.sendEvent(new PbxStatusChanged("emp-utan-tid", PresenceStatus.MEETING, changedAt.plusSeconds(60),
                Instant.parse("2026-11-30T14:00:00Z"), "I möte till 15", null, "7"));

        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.switchboard("emp-vaxel"))
                .get("/api/v1/employees/emp-utan-tid/presence")
                .then().statusCode(200).body("message", equalTo("I möte till 15")));

        given().auth().oauth2(TestTokens.manager("emp-chef", "unit-x")).queryParam("employeeId", "emp-utan-tid")
                .get("/api/v1/diversions/violations")
                .then().statusCode(200).body("$", hasSize(1))
                .body("[0].rule", equalTo("DIVERSION_RETURN_TIME"))
                .body("[0].status", equalTo("MEETING"))
                .body("[0].since", equalTo("2026-11-30T13:00:00Z"));
    }

    @Test
    void violationsAreForManagersAndAdminsAndABadRuleIs400() {
        given().auth().oauth2(TestTokens.employee("emp-1")).get("/api/v1/diversions/violations")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/diversions/violations").then().statusCode(401);
        given().auth().oauth2(TestTokens.admin()).queryParam("rule", "NO_SUCH_RULE").get("/api/v1/diversions/violations")
                .then().statusCode(400).body("errors[0].field", equalTo("rule"));
        given().auth().oauth2(TestTokens.admin()).queryParam("rule", "DIVERSION_STALE").get("/api/v1/diversions/violations")
                .then().statusCode(200);
    }
}
