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
        assertThat(task.isAnsweredBy(new OutboundCallPlaced("o-1", "emp-1", CALLER, tuesday, true, 60))).isTrue();
        assertThat(task.isAnsweredBy(new OutboundCallPlaced("o-2", "emp-2", CALLER, tuesday, true, 60))).isFalse();
        assertThat(task.isAnsweredBy(new OutboundCallPlaced("o-3", "emp-1", "+46709999999", tuesday, true, 60))).isFalse();
        assertThat(task.isAnsweredBy(new OutboundCallPlaced("o-4", "emp-1", CALLER, LEFT.minusSeconds(60), true, 60)))
                .isFalse();
        CallbackTask done = task.completed(CallbackOutcome.REACHED, tuesday, "emp-1");
        assertThat(done.isAnsweredBy(new OutboundCallPlaced("o-5", "emp-1", CALLER, tuesday, true, 60))).isFalse();
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
}
