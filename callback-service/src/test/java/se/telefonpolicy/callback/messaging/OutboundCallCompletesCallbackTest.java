package se.telefonpolicy.callback.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static se.telefonpolicy.callback.CallbackTestSupport.awaitTask;
import static se.telefonpolicy.callback.CallbackTestSupport.countOf;
import static se.telefonpolicy.callback.CallbackTestSupport.employee;
import static se.telefonpolicy.callback.CallbackTestSupport.isType;
import static se.telefonpolicy.callback.CallbackTestSupport.sendAndAwaitApplied;
import static se.telefonpolicy.callback.CallbackTestSupport.taskEvents;
import static se.telefonpolicy.callback.CallbackTestSupport.taskIdFor;

import java.time.Instant;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.callback.CallbackCompleted;
import se.telefonpolicy.contracts.callback.CallbackMade;
import se.telefonpolicy.contracts.callback.CallbackMethod;
import se.telefonpolicy.contracts.callback.CallbackOutcome;
import se.telefonpolicy.contracts.pbx.OutboundCallPlaced;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.testsupport.KafkaTestClient;

/** Acceptance 1, through the real broker and database: the officer's own call back fulfils the task. */
@QuarkusTest
class OutboundCallCompletesCallbackTest {

    @Inject
    DataSource db;

    @Test
    void anAnsweredCallOnTuesdayIsAnOnTimeCallbackAndCompletesTheTask() {
        String caller = "+46705550201";
        // Mon 2026-11-30 10:00 Stockholm → due Wed 2026-12-02 17:00 Stockholm
        KafkaTestClient.sendEvent(new VoicemailLeft("out-vm-1", "emp-out", null, caller,
                Instant.parse("2026-11-30T09:00:00Z"), 20));
        String taskId = taskIdFor("out-vm-1");
        assertThat(awaitTask(taskId, t -> true).getString("dueAt")).isEqualTo("2026-12-02T16:00:00Z");

        Instant tuesday = Instant.parse("2026-12-01T13:15:00Z");
        KafkaTestClient.sendEvent(new OutboundCallPlaced("out-call-1", "emp-out", caller, tuesday, true, 95));

        var task = awaitTask(taskId, t -> "COMPLETED".equals(t.getString("status")));
        assertThat(task.getBoolean("onTime")).isTrue();
        assertThat(task.getBoolean("overdue")).isFalse();
        assertThat(task.getString("outcome")).isEqualTo("REACHED");
        assertThat(task.getString("firstAttemptAt")).isEqualTo("2026-12-01T13:15:00Z");
        assertThat(task.getString("completedBy")).isEqualTo("emp-out");

        var events = taskEvents(taskId, rs -> countOf(rs, EventType.CALLBACK_COMPLETED) >= 1);
        assertThat(countOf(events, EventType.CALLBACK_CREATED)).isEqualTo(1);
        CallbackMade made = EventJson.fromJson(EventType.CALLBACK_MADE,
                events.stream().filter(r -> isType(r, EventType.CALLBACK_MADE)).findFirst().orElseThrow().value());
        assertThat(made.method()).isEqualTo(CallbackMethod.OUTBOUND_CALL);
        assertThat(made.callId()).isEqualTo("out-call-1");
        assertThat(made.employeeId()).isEqualTo("emp-out");
        assertThat(made.madeAt()).isEqualTo(tuesday);
        assertThat(made.madeAt()).isBefore(Instant.parse("2026-12-02T16:00:00Z"));
        CallbackCompleted completed = EventJson.fromJson(EventType.CALLBACK_COMPLETED,
                events.stream().filter(r -> isType(r, EventType.CALLBACK_COMPLETED)).findFirst().orElseThrow().value());
        assertThat(completed.outcome()).isEqualTo(CallbackOutcome.REACHED);
        assertThat(completed.completedAt()).isEqualTo(tuesday);
    }

    @Test
    void anUnansweredCallAfterTheDeadlineIsALateAttemptAndTheTaskStaysOpen() {
        String caller = "+46705550202";
        // Tue 2026-12-22 09:00 Stockholm → due Mon 2026-12-28 17:00 Stockholm (Christmas)
        KafkaTestClient.sendEvent(new VoicemailLeft("out-vm-xmas", "emp-out-2", null, caller,
                Instant.parse("2026-12-22T08:00:00Z"), 20));
        String taskId = taskIdFor("out-vm-xmas");
        assertThat(awaitTask(taskId, t -> true).getString("dueAt")).isEqualTo("2026-12-28T16:00:00Z");

        KafkaTestClient.sendEvent(new OutboundCallPlaced("out-call-late", "emp-out-2", caller,
                Instant.parse("2026-12-29T08:30:00Z"), false, 0));

        var task = awaitTask(taskId, t -> t.get("firstAttemptAt") != null);
        assertThat(task.getString("status")).isEqualTo("OPEN");
        assertThat(task.getBoolean("onTime")).isFalse();
        assertThat(task.getBoolean("overdue")).isTrue();
        var events = taskEvents(taskId, rs -> countOf(rs, EventType.CALLBACK_MADE) >= 1);
        assertThat(countOf(events, EventType.CALLBACK_MADE)).isEqualTo(1);
        assertThat(countOf(events, EventType.CALLBACK_COMPLETED)).isZero();
    }

    @Test
    void aUnitColleaguesCallDoesNotKeepSomeoneElsesTaskUnlessConfigured() {
        // unit-colleagues-call-back is false by default: only the assignee's own call counts
        sendAndAwaitApplied(db, employee("emp-out-a", "unit-out"), employee("emp-out-b", "unit-out"),
                new VoicemailLeft("out-colleague-vm", "emp-out-a", null, "+46705550206",
                        Instant.parse("2026-11-30T09:00:00Z"), 10));
        sendAndAwaitApplied(db, new OutboundCallPlaced("out-colleague-1", "emp-out-b", "+46705550206",
                Instant.parse("2026-12-01T09:00:00Z"), true, 30));
        var task = awaitTask(taskIdFor("out-colleague-vm"), t -> true);
        assertThat(task.getString("status")).isEqualTo("OPEN");
        assertThat(task.getString("firstAttemptAt")).isNull();
    }

    @Test
    void aCallBackReadBeforeItsVoicemailStillCompletesTheTask() {
        // the call back sits on another partition or a replay read it first: it is kept and counted when the task opens
        String caller = "+46705550207";
        sendAndAwaitApplied(db, new OutboundCallPlaced("out-early-1", "emp-out-early", caller,
                Instant.parse("2026-12-01T10:00:00Z"), true, 40));
        KafkaTestClient.sendEvent(new VoicemailLeft("out-early-vm", "emp-out-early", null, caller,
                Instant.parse("2026-11-30T09:00:00Z"), 15));

        var task = awaitTask(taskIdFor("out-early-vm"), t -> "COMPLETED".equals(t.getString("status")));
        assertThat(task.getBoolean("onTime")).isTrue();
        assertThat(task.getString("firstAttemptAt")).isEqualTo("2026-12-01T10:00:00Z");
        var events = taskEvents(taskIdFor("out-early-vm"), rs -> countOf(rs, EventType.CALLBACK_COMPLETED) >= 1);
        assertThat(countOf(events, EventType.CALLBACK_MADE)).isEqualTo(1);
        assertThat(countOf(events, EventType.CALLBACK_CREATED)).isEqualTo(1);
    }

    @Test
    void aCallPlacedBeforeTheMessageWasLeftIsNoCallBack() {
        String caller = "+46705550208";
        sendAndAwaitApplied(db, new OutboundCallPlaced("out-before-1", "emp-out-before", caller,
                Instant.parse("2026-11-30T08:00:00Z"), true, 40));
        sendAndAwaitApplied(db, new VoicemailLeft("out-before-vm", "emp-out-before", null, caller,
                Instant.parse("2026-11-30T09:00:00Z"), 15));
        var task = awaitTask(taskIdFor("out-before-vm"), t -> true);
        assertThat(task.getString("status")).isEqualTo("OPEN");
        assertThat(task.getString("firstAttemptAt")).isNull();
    }
}
