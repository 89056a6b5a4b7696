package se.telefonpolicy.compliance.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.compliance.persistence.Jdbc;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.availability.DiversionViolated;
import se.telefonpolicy.contracts.availability.PresenceStatus;
import se.telefonpolicy.contracts.availability.ServiceDeskUnstaffed;
import se.telefonpolicy.contracts.callback.CallbackCreated;
import se.telefonpolicy.contracts.callback.CallbackDeadlineDecided;
import se.telefonpolicy.contracts.callback.CallbackOrigin;
import se.telefonpolicy.contracts.callback.DeadlineVerdict;
import se.telefonpolicy.contracts.compliance.BreachSubjectType;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.contracts.compliance.SlaBreached;
import se.telefonpolicy.contracts.directory.EmployeeSnapshot;
import se.telefonpolicy.contracts.directory.Greeting;
import se.telefonpolicy.contracts.directory.PhoneNumber;
import se.telefonpolicy.contracts.directory.PhoneNumberKind;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestClock;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * Through the real broker and database: the owners' decisions become SlaBreached on compliance.breaches.v1 exactly
 * once, as a pure function of the decision (id, times, unit and manager), however often a decision is delivered; a
 * met deadline is none. The directory rules, still swept, record a problem once however many sweeps race.
 */
@QuarkusTest
class BreachIsRecordedOnceTest {

    private static final String UNIT = "bo-unit";
    private static final Instant CREATED = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant DUE = Instant.parse("2026-12-02T16:00:00Z");

    @Inject
    TestClock clock;
    @Inject
    BreachSweep sweep;
    @Inject
    Jdbc jdbc;

    @BeforeEach
    void directory() {
        Instant at = Instant.parse("2026-11-01T08:00:00Z");
        KafkaTestClient.sendEvent(new UnitSnapshot(UNIT, "Skola", null, "bo-chef", null, null, false, null, false, at));
        KafkaTestClient.sendEvent(employee("bo-karin", true, at));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.count(
                "SELECT count(*) FROM employee WHERE employee_id = 'bo-karin' AND unit_id = ?", UNIT) == 1
                && jdbc.count("SELECT count(*) FROM unit WHERE unit_id = ?", UNIT) == 1);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aMetDeadlineIsNoBreachAndAnOverdueOneIsOneBreachWhateverHowOftenItIsRead() {
        send(new CallbackCreated("bo-t1", CallbackOrigin.VOICEMAIL, RuleId.CALLBACK_2WD, UNIT, "bo-karin", "bo-call-1", null,
                CREATED, DUE));
        send(new CallbackCreated("bo-t2", CallbackOrigin.VOICEMAIL, RuleId.CALLBACK_2WD, UNIT, "bo-karin", "bo-call-2", null,
                CREATED, DUE));
        UUID met = send(new CallbackDeadlineDecided("bo-t1", RuleId.CALLBACK_2WD, DeadlineVerdict.MET, "bo-karin", UNIT,
                "bo-chef-decided", DUE, DUE.minusSeconds(3600)));
        // the decision's own manager (the nearest above, as callback-service knew it) wins over the directory's
        CallbackDeadlineDecided overdue = new CallbackDeadlineDecided("bo-t2", RuleId.CALLBACK_2WD, DeadlineVerdict.OVERDUE,
                "bo-karin", UNIT, "bo-chef-decided", DUE, null);
        // the same decision redelivered under a new ce_id (a producer that retried without its outbox)
        UUID first = send(overdue);
        UUID again = send(overdue);
        awaitApplied(met, first, again);

        SlaBreached breach = onlyBreach(RuleId.CALLBACK_2WD, "bo-t2");
        assertThat(breach.breachId()).isEqualTo(nameUuid("CALLBACK_2WD/bo-t2").toString());
        assertThat(breach.unitId()).isEqualTo(UNIT);
        assertThat(breach.managerEmployeeId()).isEqualTo("bo-chef-decided");
        assertThat(breach.employeeId()).isEqualTo("bo-karin");
        assertThat(breach.subjectType()).isEqualTo(BreachSubjectType.CALLBACK_TASK);
        assertThat(breach.dueAt()).isEqualTo(DUE);
        assertThat(breach.detectedAt()).as("the decision's event time, not when it was read").isEqualTo(DUE);
        ConsumerRecord<String, String> record = records(RuleId.CALLBACK_2WD, "bo-t2").get(0);
        assertThat(KafkaTestClient.header(record, EventEnvelope.HEADER_TYPE)).isEqualTo(EventType.SLA_BREACHED.ceType());
        assertThat(KafkaTestClient.header(record, EventEnvelope.HEADER_SUBJECT)).isEqualTo(breach.breachId());
        assertThat(Instant.parse(KafkaTestClient.header(record, EventEnvelope.HEADER_TIME))).isEqualTo(DUE);
        assertThat(records(RuleId.CALLBACK_2WD, "bo-t1")).as("a met deadline is no breach").isEmpty();
        assertThat(storedBreaches("bo-t1")).isZero();
        assertThat(storedBreaches("bo-t2")).isEqualTo(1);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/units/" + UNIT + "/open-callbacks").then().statusCode(200)
                .body("open", equalTo(2)).body("overdue", equalTo(1));

        // called back a day late: recorded as late, no second breach, no longer overdue
        UUID late = send(new CallbackDeadlineDecided("bo-t2", RuleId.CALLBACK_2WD, DeadlineVerdict.LATE, "bo-karin", UNIT,
                null, DUE, DUE.plus(Duration.ofDays(1))));
        // and the OVERDUE once more, as a consumer reset would: LATE stands
        UUID replayed = send(overdue);
        awaitApplied(late, replayed);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/units/" + UNIT + "/open-callbacks").then().statusCode(200)
                .body("overdue", equalTo(0));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/reports/units/" + UNIT + "?from=2026-11-30&to=2026-11-30")
                .then().statusCode(200).body("figures.callbacksTotal", equalTo(2)).body("figures.callbacksOnTime", equalTo(1))
                .body("figures.callbacksLate", equalTo(1)).body("figures.callbacksStillOverdue", equalTo(0));
        assertThat(records(RuleId.CALLBACK_2WD, "bo-t2")).hasSize(1);
        assertThat(storedBreaches("bo-t2")).isEqualTo(1);
    }

    @Test
    void aDiversionViolationAndAnUnstaffedDeskAreOneBreachEach() {
        Instant since = Instant.parse("2026-12-01T08:00:00Z");
        Instant back = Instant.parse("2026-12-01T10:00:00Z");
        // no unit in the decision: the person's unit and its manager come from the directory
        DiversionViolated stale = new DiversionViolated("bo-d1", RuleId.DIVERSION_STALE, "bo-karin", null,
                PresenceStatus.MEETING, since, back, back.plus(Duration.ofMinutes(15)));
        ServiceDeskUnstaffed unstaffed = new ServiceDeskUnstaffed("bo-g1", UNIT, since, since.plus(Duration.ofMinutes(5)), 0, 1);
        awaitApplied(send(stale), send(stale), send(unstaffed), send(unstaffed));

        SlaBreached diversion = onlyBreach(RuleId.DIVERSION_STALE, "bo-karin");
        assertThat(diversion.breachId()).isEqualTo(nameUuid("DIVERSION_STALE/bo-d1").toString());
        assertThat(diversion.subjectType()).isEqualTo(BreachSubjectType.EMPLOYEE);
        assertThat(diversion.employeeId()).isEqualTo("bo-karin");
        assertThat(diversion.unitId()).isEqualTo(UNIT);
        assertThat(diversion.managerEmployeeId()).isEqualTo("bo-chef");
        assertThat(diversion.dueAt()).isEqualTo(back.plus(Duration.ofMinutes(15)));
        assertThat(diversion.detectedAt()).isEqualTo(back.plus(Duration.ofMinutes(15)));
        assertThat(storedBreaches("bo-d1")).isEqualTo(1);

        SlaBreached gap = onlyBreach(RuleId.SERVICE_DESK_STAFFED, "bo-g1");
        assertThat(gap.breachId()).isEqualTo(nameUuid("SERVICE_DESK_STAFFED/bo-g1").toString());
        assertThat(gap.subjectType()).isEqualTo(BreachSubjectType.COVERAGE_GAP);
        assertThat(gap.unitId()).isEqualTo(UNIT);
        assertThat(gap.managerEmployeeId()).isEqualTo("bo-chef");
        assertThat(gap.employeeId()).isNull();
        assertThat(gap.dueAt()).isEqualTo(since.plus(Duration.ofMinutes(5)));
        assertThat(gap.detectedAt()).isEqualTo(since.plus(Duration.ofMinutes(5)));
        assertThat(storedBreaches("bo-g1")).isEqualTo(1);
        // the report counts the decision in the period it happened in, for the directory's unit
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/reports/units/" + UNIT + "?from=2026-12-01&to=2026-12-01")
                .then().statusCode(200).body("figures.staleDiversions", equalTo(1));
    }

    @Test
    void racingSweepsRecordADirectoryProblemOnce() throws Exception {
        Instant at = Instant.parse("2026-11-01T08:00:00Z");
        clock.set(Instant.parse("2026-12-02T12:00:00Z"));
        // voicemail off: VOICEMAIL_ENABLED, a state the sweep sees, not an event time
        KafkaTestClient.sendEvent(employee("bo-olle", false, at));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.count(
                "SELECT count(*) FROM employee WHERE employee_id = 'bo-olle'") == 1);
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
        assertThat(recorded).as("four racing sweeps record it").isGreaterThanOrEqualTo(1);
        assertThat(sweep.sweep()).isZero();
        SlaBreached breach = onlyBreach(RuleId.VOICEMAIL_ENABLED, "bo-olle");
        assertThat(breach.managerEmployeeId()).isEqualTo("bo-chef");
        assertThat(breach.detectedAt()).isEqualTo(Instant.parse("2026-12-02T12:00:00Z"));
    }

    // ------------------------------------------------------------------ helpers

    private static UUID send(DomainEvent event) {
        return KafkaTestClient.sendEvent(event);
    }

    /** Until the service has applied (and committed) these deliveries, each under its own ce_id. */
    private void awaitApplied(UUID... ceIds) {
        String[] ids = Arrays.stream(ceIds).map(UUID::toString).toArray(String[]::new);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.count("SELECT count(*) FROM inbox_message WHERE id::text = ANY(?)", (Object) ids) == ids.length);
    }

    private long storedBreaches(String subjectKey) {
        return jdbc.count("SELECT count(*) FROM breach WHERE subject_key = ?", subjectKey);
    }

    /** The one SlaBreached of that rule and subject; the relay has had time to send a would-be duplicate too. */
    private static SlaBreached onlyBreach(RuleId rule, String subjectId) {
        KafkaTestClient.readUntil(Topic.COMPLIANCE_BREACHES.topicName(), rs -> !ofUnit(rs, rule, subjectId).isEmpty(),
                Duration.ofSeconds(30));
        List<ConsumerRecord<String, String>> records = records(rule, subjectId);
        assertThat(records).as("%s of %s, once", rule, subjectId).hasSize(1);
        return breach(records.get(0));
    }

    /** Every record of that rule and subject, read for a few seconds (a duplicate would be sent right after the first). */
    private static List<ConsumerRecord<String, String>> records(RuleId rule, String subjectId) {
        return ofUnit(KafkaTestClient.readUntil(Topic.COMPLIANCE_BREACHES.topicName(), rs -> false, Duration.ofSeconds(3)),
                rule, subjectId);
    }

    private static List<ConsumerRecord<String, String>> ofUnit(List<ConsumerRecord<String, String>> records, RuleId rule,
            String subjectId) {
        return records.stream().filter(r -> UNIT.equals(r.key())).filter(r -> {
            SlaBreached b = breach(r);
            return b.ruleId() == rule && b.subjectId().equals(subjectId);
        }).toList();
    }

    private static SlaBreached breach(ConsumerRecord<String, String> record) {
        return (SlaBreached) EventJson.fromJson(EventType.SLA_BREACHED, record.value());
    }

    private static UUID nameUuid(String ruleAndKey) {
        return UUID.nameUUIDFromBytes(ruleAndKey.getBytes(StandardCharsets.UTF_8));
    }

    private static EmployeeSnapshot employee(String id, boolean voicemail, Instant at) {
        return new EmployeeSnapshot(id, null, "Karin", "Berg", null, UNIT, null,
                List.of(new PhoneNumber(PhoneNumberKind.WORK, "+4622344001")), null, null, voicemail,
                new Greeting(at, 20), List.of(), at, Boolean.TRUE, at);
    }
}
