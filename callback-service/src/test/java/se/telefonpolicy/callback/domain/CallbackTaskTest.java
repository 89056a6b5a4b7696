package se.telefonpolicy.callback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.contracts.callback.CallbackOrigin;
import se.telefonpolicy.contracts.callback.CallbackOutcome;
import se.telefonpolicy.contracts.pbx.OutboundCallPlaced;

class CallbackTaskTest {

    private static final Instant LEFT = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant DUE = Instant.parse("2026-12-02T16:00:00Z");
    private static final String CALLER = "+46701234567";

    private final CallbackTask task = CallbackTask.open(UUID.randomUUID(), CallbackOrigin.VOICEMAIL, "emp-1", null,
            "call-1", CALLER, LEFT, DUE);

    @Test
    void furtherMessagesCountAndKeepTheFirstDeadline() {
        CallbackTask joined = task.withMessage(LEFT.plusSeconds(1800)).withMessage(LEFT.plusSeconds(600));
        assertThat(joined.messageCount()).isEqualTo(3);
        assertThat(joined.lastMessageAt()).isEqualTo(LEFT.plusSeconds(1800));
        assertThat(joined.dueAt()).isEqualTo(DUE);
        assertThat(joined.receivedAt()).isEqualTo(LEFT);
    }

    @Test
    void theFirstAttemptDecidesWhetherTheRuleWasMet() {
        CallbackTask late = task.withAttempt(DUE.plusSeconds(1));
        assertThat(late.onTime()).isFalse();
        CallbackTask onTime = task.withAttempt(DUE);
        assertThat(onTime.onTime()).isTrue();
        // a later attempt changes nothing; an earlier one reported late (a manual registration) does
        assertThat(onTime.withAttempt(DUE.plusSeconds(3600))).isEqualTo(onTime);
        assertThat(late.withAttempt(LEFT.plusSeconds(60)).onTime()).isTrue();
    }

    @Test
    void overdueMeansNoAttemptByTheDueTime() {
        assertThat(task.isOverdue(DUE)).isFalse();
        assertThat(task.isOverdue(DUE.plusSeconds(1))).isTrue();
        assertThat(task.withAttempt(DUE.minusSeconds(60)).isOverdue(DUE.plusSeconds(86_400))).isFalse();
        assertThat(task.withAttempt(DUE.plusSeconds(60)).isOverdue(DUE.plusSeconds(86_400))).isTrue();
    }

    @Test
    void onlyTheAssigneesCallToTheCallerAfterTheMessageCounts() {
        Instant tuesday = Instant.parse("2026-12-01T09:00:00Z");
        assertThat(task.isAnsweredBy(new OutboundCallPlaced("o-1", "emp-1", CALLER, tuesday, true, 60),
                "unit-1", null, false)).isTrue();
        assertThat(task.isAnsweredBy(new OutboundCallPlaced("o-2", "emp-2", CALLER, tuesday, true, 60),
                "unit-1", null, false)).isFalse();
        assertThat(task.isAnsweredBy(new OutboundCallPlaced("o-3", "emp-1", "+46709999999", tuesday, true, 60),
                "unit-1", null, false)).isFalse();
        assertThat(task.isAnsweredBy(new OutboundCallPlaced("o-4", "emp-1", CALLER, LEFT.minusSeconds(60), true, 60),
                "unit-1", null, false))
                .isFalse();
        CallbackTask done = task.completed(CallbackOutcome.REACHED, tuesday, "emp-1");
        assertThat(done.isAnsweredBy(new OutboundCallPlaced("o-5", "emp-1", CALLER, tuesday, true, 60),
                "unit-1", null, false)).isFalse();
    }

    @Test
    void aCompletedTaskTakesNoMore() {
        CallbackTask done = task.withAttempt(LEFT.plusSeconds(60)).completed(CallbackOutcome.LEFT_MESSAGE,
                LEFT.plusSeconds(120), "emp-1");
        assertThatThrownBy(() -> done.completed(CallbackOutcome.REACHED, LEFT, "emp-1"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> done.withMessage(LEFT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> done.withAttempt(LEFT)).isInstanceOf(IllegalStateException.class);
        assertThat(done.onTime()).isTrue();
        assertThat(done.outcome()).isEqualTo(CallbackOutcome.LEFT_MESSAGE);
    }

    @Test
    void aUnitsTaskNobodyHoldsIsAnsweredByAnyoneOfThatUnit() {
        CallbackTask unitTask = CallbackTask.open(UUID.randomUUID(), CallbackOrigin.MISSED_CALL, null, "unit-1",
                "call-9", CALLER, LEFT, DUE);
        Instant tuesday = Instant.parse("2026-12-01T09:00:00Z");
        assertThat(unitTask.isAnsweredBy(new OutboundCallPlaced("o-1", "emp-7", CALLER, tuesday, false, 0),
                "unit-1", null, false))
                .isTrue();
        assertThat(unitTask.isAnsweredBy(new OutboundCallPlaced("o-2", "emp-8", CALLER, tuesday, false, 0), "unit-2", null, false))
                .isFalse();
        assertThat(unitTask.isAnsweredBy(new OutboundCallPlaced("o-3", "emp-9", CALLER, tuesday, false, 0), null, null, false))
                .isFalse();
    }

    @Test
    void aColleaguesCallCountsForAPersonalTaskOnlyWhereTheMunicipalityChoosesSo() {
        Instant tuesday = Instant.parse("2026-12-01T09:00:00Z");
        OutboundCallPlaced byColleague = new OutboundCallPlaced("o-1", "emp-2", CALLER, tuesday, true, 60);
        assertThat(task.isAnsweredBy(byColleague, "unit-1", "unit-1", false)).isFalse();
        assertThat(task.isAnsweredBy(byColleague, "unit-1", "unit-1", true)).isTrue();
        assertThat(task.isAnsweredBy(byColleague, "unit-2", "unit-1", true)).isFalse();
        assertThat(task.isAnsweredBy(byColleague, null, null, true)).isFalse();
    }

    @Test
    void theOfficerATaskWasMovedAwayFromStillCallsBackForIt() {
        // moved to emp-2 at its due-soon point; emp-1 was back earlier than their status said
        CallbackTask moved = task.reassignedTo("emp-2", null);
        Instant tuesday = Instant.parse("2026-12-01T13:00:00Z");
        OutboundCallPlaced byFormer = new OutboundCallPlaced("o-1", "emp-1", CALLER, tuesday, false, 0);
        assertThat(moved.isAnsweredBy(byFormer, null, null, false, "emp-1")).isTrue();
        assertThat(moved.isAnsweredBy(byFormer, null, null, false)).isFalse();
        assertThat(moved.isAnsweredBy(new OutboundCallPlaced("o-2", "emp-3", CALLER, tuesday, false, 0), null, null,
                false, "emp-1")).isFalse();
    }

    @Test
    void aPromiseIsDueAtTheAgreedTimeAndMustLieAhead() {
        Instant now = Instant.parse("2026-12-01T09:00:00Z");
        CallbackTask promise = CallbackTask.promise(UUID.randomUUID(), "emp-1", null, CALLER, now,
                Instant.parse("2026-12-01T13:00:00Z"), "task-0");
        assertThat(promise.origin()).isEqualTo(CallbackOrigin.PROMISE);
        assertThat(promise.dueAt()).isEqualTo(Instant.parse("2026-12-01T13:00:00Z"));
        assertThat(promise.callId()).isNull();
        assertThat(promise.relatedTaskId()).isEqualTo("task-0");
        assertThat(promise.isAnsweredBy(new OutboundCallPlaced("o-1", "emp-1", CALLER, now.plusSeconds(60), true, 9),
                null, null, false)).isTrue();
        assertThatThrownBy(() -> CallbackTask.promise(UUID.randomUUID(), "emp-1", null, CALLER, now, now, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInboundCallAnsweredByTheAssigneeOrTheUnitResolvesTheTask() {
        Instant tuesday = Instant.parse("2026-12-01T09:00:00Z");
        assertThat(task.isResolvedByInbound("emp-1", null, "emp-1", tuesday)).isTrue();
        // picked up by a colleague for the assignee: the caller still reached the assignee's line
        assertThat(task.isResolvedByInbound("emp-1", null, "emp-2", tuesday)).isTrue();
        // the assignee answered on the unit's number
        assertThat(task.isResolvedByInbound(null, "unit-1", "emp-1", tuesday)).isTrue();
        assertThat(task.isResolvedByInbound("emp-3", null, "emp-3", tuesday)).isFalse();
        assertThat(task.isResolvedByInbound("emp-1", null, "emp-1", LEFT.minusSeconds(1))).isFalse();
        CallbackTask unitTask = CallbackTask.open(UUID.randomUUID(), CallbackOrigin.MISSED_CALL, null, "unit-1",
                "call-9", CALLER, LEFT, DUE);
        assertThat(unitTask.isResolvedByInbound(null, "unit-1", "emp-5", tuesday)).isTrue();
        assertThat(unitTask.isResolvedByInbound(null, "unit-2", "emp-5", tuesday)).isFalse();
    }
}
