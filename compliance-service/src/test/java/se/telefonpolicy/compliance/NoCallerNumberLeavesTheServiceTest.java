package se.telefonpolicy.compliance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.telefonpolicy.compliance.TestCallers.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.compliance.messaging.BreachSweep;
import se.telefonpolicy.compliance.metrics.MetricsRefresher;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.callback.CallbackCreated;
import se.telefonpolicy.contracts.callback.CallbackDeadlineDecided;
import se.telefonpolicy.contracts.callback.CallbackOrigin;
import se.telefonpolicy.contracts.callback.DeadlineVerdict;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.contracts.pbx.CallMissed;
import se.telefonpolicy.contracts.pbx.CallOffered;
import se.telefonpolicy.contracts.pbx.CallTransferred;
import se.telefonpolicy.contracts.pbx.MissedCallReason;
import se.telefonpolicy.contracts.pbx.OutboundCallPlaced;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestClock;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * Acceptance 4: after a scenario with caller numbers in the input (and every other test class before
 * it, ordered last), no test caller's number appears in any SlaBreached on compliance.breaches.v1, in
 * /q/metrics, or in the service's log of the whole test run — in any of the forms a number takes.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class NoCallerNumberLeavesTheServiceTest {

    private static final Path LOG = Path.of("target/compliance-service-test.log");

    @Inject
    TestClock clock;
    @Inject
    BreachSweep sweep;
    @Inject
    MetricsRefresher gauges;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void noCallerNumberInBreachesMetricsOrLog() throws IOException {
        clock.set(local("2026-11-20T12:00"));
        KafkaTestClient.sendEvent(new UnitSnapshot("nc-unit", "Överförmyndare", null, "nc-chef", null, null, false, null, false,
                local("2026-11-01T08:00")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .get("/api/v1/reports/units/nc-unit").then().statusCode(200));
        // every call event that carries a number, with the test callers' numbers
        KafkaTestClient.sendEvent(new CallOffered("nc-c1", null, "nc-unit", TestCallers.ANNA, TestCallers.DAVID, local("2026-11-16T09:00")));
        KafkaTestClient.sendEvent(new CallMissed("nc-c1", null, "nc-unit", TestCallers.ANNA, MissedCallReason.NO_ANSWER,
                local("2026-11-16T09:01"), 60));
        KafkaTestClient.sendEvent(new VoicemailLeft("nc-c1", null, "nc-unit", TestCallers.ANNA, local("2026-11-16T09:02"), 30));
        KafkaTestClient.sendEvent(new CallOffered("nc-c2", null, "nc-unit", TestCallers.BERTIL, null, local("2026-11-16T10:00")));
        for (int n = 1; n <= 3; n++) {
            KafkaTestClient.sendEvent(new CallTransferred("nc-c2", null, "nc-unit", null, null, TestCallers.CECILIA, null, n,
                    local("2026-11-16T10:0" + n)));
        }
        KafkaTestClient.sendEvent(new OutboundCallPlaced("nc-o1", "nc-karin", TestCallers.ANNA, local("2026-11-17T09:00"), false, 0));
        // a record that breaks the contract, a caller number inside: dead-lettered and logged
        KafkaTestClient.send(Topic.PBX_CALLS.topicName(), "nc-unit",
                "{\"callId\":\"nc-c3\",\"unitId\":\"nc-unit\",\"callerNumber\":\"" + TestCallers.CECILIA + "\"}",
                Map.of(EventEnvelope.HEADER_SPEC_VERSION, "1.0", EventEnvelope.HEADER_TYPE, "se.telefonpolicy.pbx.call-offered.v1",
                        EventEnvelope.HEADER_ID, java.util.UUID.randomUUID().toString(), EventEnvelope.HEADER_SOURCE, "/test",
                        EventEnvelope.HEADER_TIME, "2026-11-16T10:00:00Z", EventEnvelope.HEADER_SUBJECT, "nc-c3"));
        // the voicemail's task, decided overdue by callback-service: a breach
        KafkaTestClient.sendEvent(new CallbackCreated("nc-t1", CallbackOrigin.VOICEMAIL, RuleId.CALLBACK_2WD, "nc-unit", "nc-karin",
                "nc-c1", null, local("2026-11-16T09:02"), local("2026-11-18T17:00")));
        KafkaTestClient.sendEvent(new CallbackDeadlineDecided("nc-t1", RuleId.CALLBACK_2WD, DeadlineVerdict.OVERDUE, "nc-karin",
                "nc-unit", "nc-chef", local("2026-11-18T17:00"), null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .get("/api/v1/reports/units/nc-unit?from=2026-11-16&to=2026-11-16").then().statusCode(200)
                .body("figures.bouncedCalls", org.hamcrest.Matchers.equalTo(1))
                .body("figures.callbacksTotal", org.hamcrest.Matchers.equalTo(1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.readString(LOG).contains("Dead letter from pbx.calls.v1"));
        sweep.sweep();
        gauges.refresh();

        List<ConsumerRecord<String, String>> breaches = KafkaTestClient.readUntil(Topic.COMPLIANCE_BREACHES.topicName(),
                rs -> rs.stream().anyMatch(r -> "nc-unit".equals(r.key())), Duration.ofSeconds(30));
        assertThat(breaches).as("the scenario's breach was published").anyMatch(r -> "nc-unit".equals(r.key()));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("telefonpolicy_calls_bounced_total{unit=\"nc-unit\"} 1.0");
        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        assertThat(log).as("the log holds the run").contains("recorded: CALLBACK_2WD of CALLBACK_TASK nc-t1")
                .contains("Dead letter from pbx.calls.v1");

        for (String number : TestCallers.ALL) {
            for (String form : TestCallers.formsOf(number)) {
                for (ConsumerRecord<String, String> r : breaches) {
                    assertThat(r.value()).as("SlaBreached %s", r.key()).doesNotContain(form);
                    assertThat(r.key()).doesNotContain(form);
                    r.headers().forEach(h -> assertThat(new String(h.value(), StandardCharsets.UTF_8)).doesNotContain(form));
                }
                assertThat(metrics).as("/q/metrics").doesNotContain(form);
                assertThat(log).as("the service's log").doesNotContain(form);
            }
        }
    }
}
