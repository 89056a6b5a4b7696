package se.telefonpolicy.callback.messaging;

import static io.restassured.RestAssured.given;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.telefonpolicy.callback.CallbackTestSupport.applied;
import static se.telefonpolicy.callback.CallbackTestSupport.awaitTask;
import static se.telefonpolicy.callback.CallbackTestSupport.countOf;
import static se.telefonpolicy.callback.CallbackTestSupport.sendAndAwaitApplied;
import static se.telefonpolicy.callback.CallbackTestSupport.taskEvents;
import static se.telefonpolicy.callback.CallbackTestSupport.taskIdFor;
import static se.telefonpolicy.callback.EventTimeSupport.at;
import static se.telefonpolicy.callback.EventTimeSupport.decisions;
import static se.telefonpolicy.callback.EventTimeSupport.heartbeats;
import static se.telefonpolicy.callback.EventTimeSupport.past;
import static se.telefonpolicy.callback.EventTimeSupport.runDecisions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.telefonpolicy.callback.EventTimeSupport;
import se.telefonpolicy.callback.EventTimeSupport.Sent;
import se.telefonpolicy.callback.jobs.EventTimeDecisions;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.callback.CallbackDeadlineDecided;
import se.telefonpolicy.contracts.callback.DeadlineVerdict;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.contracts.pbx.OutboundCallPlaced;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.platform.watermark.Watermarks;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestClock;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * Issue 16, acceptance 1 (callback's part) and the rest of CALLBACK_2WD on event time, through the real broker:
 * callback-service decides a deadline only once its calls' watermark has passed it, so a call back held back on
 * its partition is still "met"; OVERDUE, then LATE; each exactly once.
 */
@QuarkusTest
class DeadlineDecidedOnEventTimeTest {

    private static final String CALLS = Topic.PBX_CALLS.topicName();
    private static final String STATUSES = Topic.AVAILABILITY_STATUS.topicName();

    @Inject
    DataSource db;

    @Inject
    Watermarks watermarks;

    @Inject
    EventTimeDecisions decisions;

    @Inject
    TestClock clock;

    @Inject
    MeterRegistry metrics;

    @AfterEach
    void wallClock() {
        clock.reset();
    }

    @Test
    void aCallBackHeldBackOnItsPartitionPastTheDueTimeIsMetNotOverdue() {
        LocalDate week = EventTimeSupport.freshWeek(db);
        Instant left = at(week, MONDAY, "10:00");
        Instant due = at(week, WEDNESDAY, "17:00");
        String caller = "+46705559101";
        Sent voicemail = EventTimeSupport.send(new VoicemailLeft("held-vm", "emp-held", null, caller, left, 20));
        String taskId = taskIdFor("held-vm");
        assertThat(Instant.parse(awaitTask(taskId, t -> true).getString("dueAt"))).isEqualTo(due);

        // every other partition is read past the due time and the sweep interval; the call back's is not
        heartbeats(watermarks, CALLS, past(due), Set.of(voicemail.partition()));
        heartbeats(watermarks, STATUSES, past(due));
        EventTimeDecisions.Run lagging = runDecisions(decisions);
        assertThat(lagging.callsWatermark()).isBefore(due);
        assertThat(decisionRows(taskId)).isZero();

        // released: the call back made on Tuesday (same employee, same partition), then that partition moves on
        Instant callBack = at(week, TUESDAY, "14:00");
        EventTimeSupport.send(new OutboundCallPlaced("held-call", "emp-held", caller, callBack, false, 0));
        heartbeats(watermarks, CALLS, past(due));

        List<CallbackDeadlineDecided> decided = decisions(taskEvents(taskId,
                rs -> countOf(rs, EventType.CALLBACK_DEADLINE_DECIDED) >= 1));
        assertThat(decided).hasSize(1);
        CallbackDeadlineDecided met = decided.get(0);
        assertThat(met.verdict()).isEqualTo(DeadlineVerdict.MET);
        assertThat(met.ruleId()).isEqualTo(RuleId.CALLBACK_2WD);
        assertThat(met.firstAttemptAt()).isEqualTo(callBack);
        assertThat(met.dueAt()).isEqualTo(due);
        assertThat(met.assigneeEmployeeId()).isEqualTo("emp-held");

        // a marker behind it on the task's partition: nothing else was decided before it
        clock.set(at(week, THURSDAY, "10:00"));
        completeByHand(taskId, "emp-held");
        List<ConsumerRecord<String, String>> all = taskEvents(taskId, rs -> countOf(rs, EventType.CALLBACK_COMPLETED) >= 1);
        assertThat(decisions(all)).extracting(CallbackDeadlineDecided::verdict).containsExactly(DeadlineVerdict.MET);
        assertThat(decisionTime(all)).isEqualTo(due);
    }

    @Test
    void noCallBackByTheDueTimeIsOverdueAndTheLaterCallBackOneLate() {
        LocalDate week = EventTimeSupport.freshWeek(db);
        Instant due = at(week, WEDNESDAY, "17:00");
        String caller = "+46705559102";
        KafkaTestClient.sendEvent(new VoicemailLeft("late-vm", "emp-late", null, caller, at(week, MONDAY, "10:00"), 20));
        String taskId = taskIdFor("late-vm");
        awaitTask(taskId, t -> true);
        heartbeats(watermarks, STATUSES, past(due));
        heartbeats(watermarks, CALLS, past(due));
        List<CallbackDeadlineDecided> decided = decisions(taskEvents(taskId,
                rs -> countOf(rs, EventType.CALLBACK_DEADLINE_DECIDED) >= 1));
        assertThat(decided).singleElement().satisfies(d -> {
            assertThat(d.verdict()).isEqualTo(DeadlineVerdict.OVERDUE);
            assertThat(d.firstAttemptAt()).isNull();
            assertThat(d.dueAt()).isEqualTo(due);
        });

        // called back on Thursday: LATE only once the calls' watermark has passed the call
        Instant thursday = at(week, THURSDAY, "09:00");
        KafkaTestClient.sendEvent(new OutboundCallPlaced("late-call", "emp-late", caller, thursday, false, 0));
        awaitTask(taskId, t -> t.get("firstAttemptAt") != null);
        heartbeats(watermarks, CALLS, thursday);
        assertThat(runDecisions(decisions).late()).isZero();
        heartbeats(watermarks, CALLS, past(thursday));

        List<ConsumerRecord<String, String>> events = taskEvents(taskId,
                rs -> countOf(rs, EventType.CALLBACK_DEADLINE_DECIDED) >= 2);
        assertThat(decisions(events)).extracting(CallbackDeadlineDecided::verdict)
                .containsExactly(DeadlineVerdict.OVERDUE, DeadlineVerdict.LATE);
        CallbackDeadlineDecided late = decisions(events).get(1);
        assertThat(late.firstAttemptAt()).isEqualTo(thursday);
        assertThat(late.dueAt()).isEqualTo(due);

        // another call afterwards changes nothing: one LATE (the marker behind a second one would be the completion)
        sendAndAwaitApplied(db, new OutboundCallPlaced("late-call-2", "emp-late", caller, thursday.plusSeconds(3600),
                false, 0));
        heartbeats(watermarks, CALLS, past(thursday.plusSeconds(7200)));
        runDecisions(decisions);
        clock.set(thursday.plusSeconds(7200));
        completeByHand(taskId, "emp-late");
        List<ConsumerRecord<String, String>> after = taskEvents(taskId,
                rs -> countOf(rs, EventType.CALLBACK_COMPLETED) >= 1);
        assertThat(countOf(after, EventType.CALLBACK_MADE)).isEqualTo(2);
        assertThat(decisions(after)).extracting(CallbackDeadlineDecided::verdict)
                .containsExactly(DeadlineVerdict.OVERDUE, DeadlineVerdict.LATE);
    }

    @Test
    void anAttemptByTheDueTimeRegisteredAfterTheDecisionLeavesTheOverdueStandingAndPublishesNoLate() {
        LocalDate week = EventTimeSupport.freshWeek(db);
        Instant due = at(week, WEDNESDAY, "17:00");
        KafkaTestClient.sendEvent(new VoicemailLeft("stands-vm", "emp-stands", null, "+46705559103",
                at(week, MONDAY, "10:00"), 20));
        String taskId = taskIdFor("stands-vm");
        awaitTask(taskId, t -> true);
        heartbeats(watermarks, STATUSES, past(due));
        heartbeats(watermarks, CALLS, past(due));
        assertThat(decisions(taskEvents(taskId, rs -> countOf(rs, EventType.CALLBACK_DEADLINE_DECIDED) >= 1)))
                .extracting(CallbackDeadlineDecided::verdict).containsExactly(DeadlineVerdict.OVERDUE);

        double before = standsCount();
        clock.set(at(week, THURSDAY, "10:00"));
        // "I did call on Wednesday at four": kept and published as an attempt, on time as a fact
        given().auth().oauth2(TestTokens.employee("emp-stands")).contentType(ContentType.JSON)
                .body("{\"madeAt\":\"" + at(week, WEDNESDAY, "16:00") + "\"}")
                .post("/api/v1/callbacks/" + taskId + "/attempts").then().statusCode(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> standsCount() == before + 1);
        // a call after the due time does not bring a LATE either: the task's first attempt was by the due time
        KafkaTestClient.sendEvent(new OutboundCallPlaced("stands-call", "emp-stands", "+46705559103",
                at(week, THURSDAY, "09:30"), false, 0));
        heartbeats(watermarks, CALLS, past(at(week, THURSDAY, "09:30")));
        runDecisions(decisions);

        completeByHand(taskId, "emp-stands");
        List<ConsumerRecord<String, String>> events = taskEvents(taskId,
                rs -> countOf(rs, EventType.CALLBACK_COMPLETED) >= 1);
        assertThat(decisions(events)).extracting(CallbackDeadlineDecided::verdict)
                .containsExactly(DeadlineVerdict.OVERDUE);
        assertThat(countOf(events, EventType.CALLBACK_MADE)).isEqualTo(2);
        assertThat(standsCount()).isEqualTo(before + 1);
    }

    @Test
    void aVoicemailReadAfterTheWatermarkPassedItsDueTimeIsDecidedAtTheNextRunWithTheCallBackReadBeforeIt() {
        LocalDate week = EventTimeSupport.freshWeek(db);
        Instant due = at(week, WEDNESDAY, "17:00");
        String caller = "+46705559104";
        Instant callBack = at(week, TUESDAY, "11:00");
        // the call back is read, everything moves past the due time, and only then the voicemail arrives
        sendAndAwaitApplied(db, new OutboundCallPlaced("lagging-call", "emp-lagging", caller, callBack, false, 0));
        heartbeats(watermarks, STATUSES, past(due));
        heartbeats(watermarks, CALLS, past(due));
        KafkaTestClient.sendEvent(new VoicemailLeft("lagging-vm", "emp-lagging", null, caller, at(week, MONDAY, "10:00"),
                20));
        String taskId = taskIdFor("lagging-vm");

        List<CallbackDeadlineDecided> decided = decisions(taskEvents(taskId,
                rs -> countOf(rs, EventType.CALLBACK_DEADLINE_DECIDED) >= 1));
        assertThat(decided).singleElement().satisfies(d -> {
            assertThat(d.verdict()).isEqualTo(DeadlineVerdict.MET);
            assertThat(d.firstAttemptAt()).isEqualTo(callBack);
        });
    }

    @Test
    void theSameEventsDeliveredAgainAndRunsInParallelDecideEachTaskExactlyOnce() throws Exception {
        LocalDate week = EventTimeSupport.freshWeek(db);
        Instant due = at(week, WEDNESDAY, "17:00");
        List<VoicemailLeft> voicemails = new ArrayList<>();
        List<OutboundCallPlaced> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String caller = "+4670555920" + i;
            voicemails.add(new VoicemailLeft("once-vm-" + i, "emp-once-" + i, null, caller, at(week, MONDAY, "10:00"), 20));
            calls.add(new OutboundCallPlaced("once-call-" + i, "emp-once-" + i, caller, at(week, TUESDAY, "10:00"),
                    false, 0));
        }
        List<EventEnvelope> envelopes = new ArrayList<>();
        voicemails.forEach(v -> envelopes.add(EventEnvelope.of(v)));
        calls.forEach(c -> envelopes.add(EventEnvelope.of(c)));
        envelopes.forEach(e -> KafkaTestClient.send(e.topic(), e.key(), e.data(), e.headers()));
        await().atMost(Duration.ofSeconds(20)).until(() -> envelopes.stream().allMatch(e -> applied(db, e.id())));
        heartbeats(watermarks, STATUSES, past(due));
        heartbeats(watermarks, CALLS, past(due));

        // the scheduled round and four more at once, as if from five instances
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<EventTimeDecisions.Run>> rounds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rounds.add(() -> decisions.run());
        }
        pool.invokeAll(rounds);
        pool.shutdown();
        String first = taskIdFor("once-vm-0");
        decisions(taskEvents(first, rs -> countOf(rs, EventType.CALLBACK_DEADLINE_DECIDED) >= 1));

        // the same records again (same ce_ids) and the same calls under new ones; the watermark again past the due time
        envelopes.forEach(e -> KafkaTestClient.send(e.topic(), e.key(), e.data(), e.headers()));
        List<UUID> again = new ArrayList<>();
        voicemails.forEach(v -> again.add(KafkaTestClient.sendEvent(v)));
        calls.forEach(c -> again.add(KafkaTestClient.sendEvent(c)));
        await().atMost(Duration.ofSeconds(20)).until(() -> again.stream().allMatch(id -> applied(db, id)));
        heartbeats(watermarks, CALLS, past(due.plusSeconds(60)));
        runDecisions(decisions);

        clock.set(at(week, THURSDAY, "10:00"));
        for (int i = 0; i < 5; i++) {
            String taskId = taskIdFor("once-vm-" + i);
            completeByHand(taskId, "emp-once-" + i);
            List<ConsumerRecord<String, String>> events = taskEvents(taskId,
                    rs -> countOf(rs, EventType.CALLBACK_COMPLETED) >= 1);
            assertThat(decisions(events)).as("task %d", i).extracting(CallbackDeadlineDecided::verdict)
                    .containsExactly(DeadlineVerdict.MET);
            assertThat(decisionRows(taskId)).isEqualTo(1);
        }
    }

    private static void completeByHand(String taskId, String employeeId) {
        given().auth().oauth2(TestTokens.employee(employeeId)).contentType(ContentType.JSON)
                .body("{\"outcome\":\"NOT_NEEDED\"}").post("/api/v1/callbacks/" + taskId + "/complete")
                .then().statusCode(200);
    }

    private static Instant decisionTime(List<ConsumerRecord<String, String>> records) {
        return records.stream().filter(r -> se.telefonpolicy.callback.CallbackTestSupport.isType(r,
                EventType.CALLBACK_DEADLINE_DECIDED)).map(r -> Instant.parse(
                        KafkaTestClient.header(r, EventEnvelope.HEADER_TIME))).findFirst().orElseThrow();
    }

    private long decisionRows(String taskId) {
        try (var c = db.getConnection(); var q = c.prepareStatement("SELECT count(*) FROM deadline_decision WHERE task_id = ?")) {
            q.setObject(1, UUID.fromString(taskId));
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private double standsCount() {
        var counter = metrics.find("telefonpolicy.callback.deadline.attempt_after_decision").counter();
        return counter == null ? 0 : counter.count();
    }
}
