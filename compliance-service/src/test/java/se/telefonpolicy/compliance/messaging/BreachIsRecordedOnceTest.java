package se.telefonpolicy.compliance.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.callback.CallbackCreated;
import se.telefonpolicy.contracts.callback.CallbackOrigin;
import se.telefonpolicy.contracts.compliance.BreachSubjectType;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.contracts.compliance.SlaBreached;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestClock;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * CALLBACK_2WD through the real broker and database: the breach is detected by the first sweep after
 * its due time, published once with the unit's manager, however many sweeps race and however often the
 * task's event comes.
 */
@QuarkusTest
class BreachIsRecordedOnceTest {

    private static final Instant DUE = Instant.parse("2026-12-02T16:00:00Z");

    @Inject
    TestClock clock;
    @Inject
    BreachSweep sweep;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aMissedDeadlineIsOneBreachForTheUnitsManagerWithinAMinute() throws Exception {
        clock.set(DUE.minusSeconds(3600));
        KafkaTestClient.sendEvent(new UnitSnapshot("bo-unit", "Skola", null, "bo-chef", null, null, false, null, false,
                Instant.parse("2026-11-01T08:00:00Z")));
        CallbackCreated created = new CallbackCreated("bo-t1", CallbackOrigin.VOICEMAIL, RuleId.CALLBACK_2WD, "bo-unit",
                "bo-karin", "bo-call-1", null, Instant.parse("2026-11-30T09:00:00Z"), DUE);
        // the same task twice, under two ce_ids (a producer that retried without its outbox)
        KafkaTestClient.sendEvent(created);
        KafkaTestClient.sendEvent(created);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .get("/api/v1/units/bo-unit/open-callbacks").then().statusCode(200).body("open", equalTo(1)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                .get("/api/v1/reports/units/bo-unit").then().statusCode(200));

        assertThat(sweep.sweep()).as("before the due time").isZero();

        // the scheduled sweep runs every 15 s: the first one after the due time is at most 15 s late
        Instant detected = DUE.plusSeconds(15);
        clock.set(detected);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> sweeps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sweeps.add(sweep::sweep);
        }
        int recorded = 0;
        for (Future<Integer> f : pool.invokeAll(sweeps)) {
            recorded += f.get();
        }
        pool.shutdown();
        assertThat(recorded).as("four racing sweeps record it once").isGreaterThanOrEqualTo(1);
        assertThat(sweep.sweep()).isZero();

        List<ConsumerRecord<String, String>> records = KafkaTestClient.readUntil(Topic.COMPLIANCE_BREACHES.topicName(),
                rs -> rs.stream().anyMatch(r -> "bo-unit".equals(r.key())), Duration.ofSeconds(20));
        // let a would-be duplicate arrive before counting
        List<ConsumerRecord<String, String>> again = KafkaTestClient.readUntil(Topic.COMPLIANCE_BREACHES.topicName(),
                rs -> rs.size() >= records.size(), Duration.ofSeconds(5));
        List<SlaBreached> mine = again.stream().filter(r -> "bo-unit".equals(r.key()))
                .map(r -> (SlaBreached) EventJson.fromJson(EventType.SLA_BREACHED, r.value())).toList();
        assertThat(mine).hasSize(1);
        SlaBreached breach = mine.get(0);
        assertThat(breach.ruleId()).isEqualTo(RuleId.CALLBACK_2WD);
        assertThat(breach.subjectType()).isEqualTo(BreachSubjectType.CALLBACK_TASK);
        assertThat(breach.subjectId()).isEqualTo("bo-t1");
        assertThat(breach.managerEmployeeId()).isEqualTo("bo-chef");
        assertThat(breach.employeeId()).isEqualTo("bo-karin");
        assertThat(breach.dueAt()).isEqualTo(DUE);
        assertThat(Duration.between(breach.dueAt(), breach.detectedAt())).isLessThanOrEqualTo(Duration.ofSeconds(60));
        ConsumerRecord<String, String> record = again.stream().filter(r -> "bo-unit".equals(r.key())).findFirst().orElseThrow();
        assertThat(KafkaTestClient.header(record, EventEnvelope.HEADER_TYPE)).isEqualTo(EventType.SLA_BREACHED.ceType());
        assertThat(KafkaTestClient.header(record, EventEnvelope.HEADER_SUBJECT)).isEqualTo(breach.breachId());
    }
}
