package se.telefonpolicy.availability.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.availability.domain.DiversionViolation;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.availability.DiversionViolated;
import se.telefonpolicy.contracts.availability.PresenceStatus;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.contracts.directory.EmployeeSnapshot;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
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

        // DIVERSION_RETURN_TIME only: the second meeting may be decided stale once another test moves event time
        given().auth().oauth2(TestTokens.admin()).queryParam("employeeId", "emp-utan-tid")
                .queryParam("rule", "DIVERSION_RETURN_TIME").get("/api/v1/diversions/violations")
                .then().statusCode(200).body("$", hasSize(1))
                .body("[0].rule", equalTo("DIVERSION_RETURN_TIME"))
                .body("[0].status", equalTo("MEETING"))
                .body("[0].since", equalTo("2026-11-30T13:00:00Z"))
                .body("[0].violatedAt", equalTo("2026-11-30T13:00:00Z"));

        // decided from the change itself, and published once
        List<DiversionViolated> published = KafkaTestClient.readUntil(Topic.AVAILABILITY_STATUS.topicName(),
                rs -> rs.stream().anyMatch(PbxDiversionWithoutReturnTimeIsAViolationTest::isViolationOfUtanTid), WAIT)
                .stream().filter(PbxDiversionWithoutReturnTimeIsAViolationTest::isViolationOfUtanTid)
                .map(r -> EventJson.<DiversionViolated>fromJson(EventType.DIVERSION_VIOLATED, r.value()))
                .filter(v -> v.ruleId() == RuleId.DIVERSION_RETURN_TIME).toList();
        assertThat(published).singleElement().satisfies(v -> {
            assertThat(v.since()).isEqualTo(changedAt);
            assertThat(v.violatedAt()).isEqualTo(changedAt);
            assertThat(v.returnAt()).isNull();
            assertThat(v.diversionId()).isEqualTo(DiversionViolation.diversionId("emp-utan-tid", changedAt));
        });
    }

    private static boolean isViolationOfUtanTid(ConsumerRecord<String, String> r) {
        return "emp-utan-tid".equals(r.key())
                && EventType.DIVERSION_VIOLATED.ceType().equals(KafkaTestClient.header(r, EventEnvelope.HEADER_TYPE));
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

    @Test
    void aManagerSeesTheViolationsOfTheUnitsTheyManageAndTheUnitsBelowOnly() {
        Instant at = Instant.parse("2026-11-30T08:00:00Z");
        KafkaTestClient.sendEvent(new UnitSnapshot("mv-avd", "Avdelningen", null, "mv-chef", null, null, false, null, false, at));
        KafkaTestClient.sendEvent(new UnitSnapshot("mv-enhet", "Enheten", "mv-avd", null, null, null, false, null, false, at));
        KafkaTestClient.sendEvent(new UnitSnapshot("mv-annan", "Annan", null, null, null, null, false, null, false, at));
        for (String[] person : new String[][] { { "mv-a", "mv-avd" }, { "mv-b", "mv-enhet" }, { "mv-c", "mv-annan" } }) {
            KafkaTestClient.sendEvent(new EmployeeSnapshot(person[0], null, "Förnamn", "Efternamn", null, person[1], null,
                    List.of(), null, null, true, null, List.of(), null, true, at));
            KafkaTestClient.sendEvent(new PbxStatusChanged(person[0], PresenceStatus.MEETING, at.plusSeconds(3600), null,
                    "I möte", null, null));
        }
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .queryParam("rule", "DIVERSION_RETURN_TIME").get("/api/v1/diversions/violations")
                .then().statusCode(200).body("employeeId", hasItems("mv-a", "mv-b", "mv-c")));

        given().auth().oauth2(TestTokens.manager("mv-chef", "mv-avd")).get("/api/v1/diversions/violations")
                .then().statusCode(200).body("employeeId", containsInAnyOrder("mv-a", "mv-b"));
        given().auth().oauth2(TestTokens.manager("mv-chef-2", "mv-enhet")).get("/api/v1/diversions/violations")
                .then().statusCode(200).body("employeeId", containsInAnyOrder("mv-b"));
        // the directory names mv-chef the manager of mv-avd, whatever unit the token names (or none): as everywhere
        given().auth().oauth2(TestTokens.manager("mv-chef", "mv-annan")).get("/api/v1/diversions/violations")
                .then().statusCode(200).body("employeeId", containsInAnyOrder("mv-a", "mv-b", "mv-c"));
        given().auth().oauth2(TestTokens.token("mv-chef", null, java.util.Set.of("manager", "employee")))
                .get("/api/v1/diversions/violations")
                .then().statusCode(200).body("employeeId", containsInAnyOrder("mv-a", "mv-b"));
        // a manager of nothing sees nothing
        given().auth().oauth2(TestTokens.token("mv-ingen", null, java.util.Set.of("manager", "employee")))
                .get("/api/v1/diversions/violations").then().statusCode(200).body("$", hasSize(0));
    }
}
