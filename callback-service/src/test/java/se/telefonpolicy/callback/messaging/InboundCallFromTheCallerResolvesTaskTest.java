package se.telefonpolicy.callback.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static se.telefonpolicy.callback.CallbackTestSupport.awaitTask;
import static se.telefonpolicy.callback.CallbackTestSupport.countOf;
import static se.telefonpolicy.callback.CallbackTestSupport.isType;
import static se.telefonpolicy.callback.CallbackTestSupport.sendAndAwaitApplied;
import static se.telefonpolicy.callback.CallbackTestSupport.taskEvents;
import static se.telefonpolicy.callback.CallbackTestSupport.taskIdFor;

import java.time.Instant;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.callback.CallbackCompleted;
import se.telefonpolicy.contracts.callback.CallbackOutcome;
import se.telefonpolicy.contracts.pbx.CallAnswered;
import se.telefonpolicy.contracts.pbx.CallMissed;
import se.telefonpolicy.contracts.pbx.CallOffered;
import se.telefonpolicy.contracts.pbx.MissedCallReason;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;

/**
 * Through the real broker: the caller calls again and reaches the assignee (or the unit) before being
 * called back — CallOffered carries the number, CallAnswered the answer — so the task is resolved:
 * CallbackCompleted REACHED, closed by rule, and no CallbackMade (nobody called back).
 */
@QuarkusTest
class InboundCallFromTheCallerResolvesTaskTest {

    private static final Instant LEFT = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-12-01T08:00:00Z");

    @Inject
    DataSource db;

    @Test
    void theCallerReachingTheAssigneeResolvesTheirTaskOtherCallsDoNot() {
        String caller = "+46705550901";
        sendAndAwaitApplied(db, new VoicemailLeft("inbound-vm-1", "emp-inbound", null, caller, LEFT, 10));
        String taskId = taskIdFor("inbound-vm-1");

        // the caller reaches someone else, and rings the assignee without an answer: the task stays open
        sendAndAwaitApplied(db,
                new CallOffered("inbound-other-1", "emp-inbound-other", null, caller, null, TUESDAY),
                new CallAnswered("inbound-other-1", "emp-inbound-other", null, "emp-inbound-other", TUESDAY.plusSeconds(5), 5),
                new CallOffered("inbound-missed-1", "emp-inbound", null, caller, null, TUESDAY.plusSeconds(60)),
                new CallMissed("inbound-missed-1", "emp-inbound", null, caller, MissedCallReason.NO_ANSWER,
                        TUESDAY.plusSeconds(90), 30));
        assertThat(awaitTask(taskId, t -> true).getString("status")).isEqualTo("OPEN");

        // then the assignee picks up
        sendAndAwaitApplied(db,
                new CallOffered("inbound-answered-1", "emp-inbound", null, caller, null, TUESDAY.plusSeconds(600)),
                new CallAnswered("inbound-answered-1", "emp-inbound", null, "emp-inbound", TUESDAY.plusSeconds(610), 10));
        JsonPath task = awaitTask(taskId, t -> "COMPLETED".equals(t.getString("status")));
        assertThat(task.getString("outcome")).isEqualTo("REACHED");
        assertThat(task.getString("completedAt")).isEqualTo("2026-12-01T08:10:10Z");
        assertThat(task.getString("completedBy")).isNull();
        assertThat(task.getString("firstAttemptAt")).isNull();

        var events = taskEvents(taskId, rs -> countOf(rs, EventType.CALLBACK_COMPLETED) >= 1);
        assertThat(countOf(events, EventType.CALLBACK_MADE)).isZero();
        assertThat(countOf(events, EventType.CALLBACK_COMPLETED)).isEqualTo(1);
        CallbackCompleted completed = EventJson.fromJson(EventType.CALLBACK_COMPLETED, events.stream()
                .filter(r -> isType(r, EventType.CALLBACK_COMPLETED)).findFirst().orElseThrow().value());
        assertThat(completed.outcome()).isEqualTo(CallbackOutcome.REACHED);
        assertThat(completed.employeeId()).isNull();
    }

    @Test
    void theCallerReachingTheUnitResolvesTheUnitsTask() {
        String caller = "+46705550902";
        sendAndAwaitApplied(db, new VoicemailLeft("inbound-vm-unit", null, "unit-inbound", caller, LEFT, 10));
        sendAndAwaitApplied(db,
                new CallOffered("inbound-unit-1", null, "unit-inbound", caller, null, TUESDAY),
                new CallAnswered("inbound-unit-1", null, "unit-inbound", "emp-inbound-desk", TUESDAY.plusSeconds(20), 20));
        JsonPath task = awaitTask(taskIdFor("inbound-vm-unit"), t -> "COMPLETED".equals(t.getString("status")));
        assertThat(task.getString("outcome")).isEqualTo("REACHED");
    }
}
