package se.telefonpolicy.callback.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.callback.domain.DeadlineRule.AfterOverdue;
import se.telefonpolicy.contracts.callback.CallbackOrigin;
import se.telefonpolicy.contracts.callback.CallbackOutcome;
import se.telefonpolicy.contracts.callback.DeadlineVerdict;
import se.telefonpolicy.contracts.compliance.RuleId;

class DeadlineRuleTest {

    private static final Instant LEFT = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant DUE = Instant.parse("2026-12-02T16:00:00Z");
    private final CallbackTask task = CallbackTask.open(UUID.randomUUID(), CallbackOrigin.VOICEMAIL, "emp-1", null,
            "call-1", "+46701234567", LEFT, DUE);

    @Test
    void anAttemptOrACompletionByTheDueTimeMeetsTheRule() {
        assertThat(DeadlineRule.atDue(task.withAttempt(DUE))).isEqualTo(DeadlineVerdict.MET);
        // the caller called in and reached the officer: resolved by rule, no attempt
        CallbackTask resolved = task.completed(CallbackOutcome.REACHED, DUE.minusSeconds(3600), null);
        assertThat(DeadlineRule.atDue(resolved)).isEqualTo(DeadlineVerdict.MET);
        assertThat(resolved.handledAt()).isEqualTo(DUE.minusSeconds(3600));
        // attempt after the due time, closed before it: the earliest counts
        CallbackTask both = task.withAttempt(DUE.plusSeconds(60)).completed(CallbackOutcome.NOT_NEEDED,
                DUE.minusSeconds(60), "emp-1");
        assertThat(both.handledAt()).isEqualTo(DUE.minusSeconds(60));
        assertThat(DeadlineRule.atDue(both)).isEqualTo(DeadlineVerdict.MET);
    }

    @Test
    void nothingByTheDueTimeIsOverdue() {
        assertThat(DeadlineRule.atDue(task)).isEqualTo(DeadlineVerdict.OVERDUE);
        assertThat(DeadlineRule.atDue(task.withAttempt(DUE.plusMillis(1)))).isEqualTo(DeadlineVerdict.OVERDUE);
    }

    @Test
    void anOverdueTaskIsLateOnceTheWatermarkHasPassedItsFirstHandling() {
        Instant thursday = Instant.parse("2026-12-03T08:00:00Z");
        assertThat(DeadlineRule.afterOverdue(task, thursday)).isEqualTo(AfterOverdue.WAIT);
        CallbackTask called = task.withAttempt(thursday);
        assertThat(DeadlineRule.afterOverdue(called, thursday.minusSeconds(1))).isEqualTo(AfterOverdue.WAIT);
        assertThat(DeadlineRule.afterOverdue(called, thursday)).isEqualTo(AfterOverdue.LATE);
    }

    @Test
    void anAttemptByTheDueTimeRegisteredAfterTheDecisionLeavesItStanding() {
        CallbackTask registeredLate = task.withAttempt(DUE.minusSeconds(600));
        assertThat(DeadlineRule.afterOverdue(registeredLate, DUE.plusSeconds(86_400)))
                .isEqualTo(AfterOverdue.DECISION_STANDS);
    }

    @Test
    void aPromiseIsPromiseKeptAMessageCallback2wd() {
        assertThat(DeadlineRule.ruleOf(task)).isEqualTo(RuleId.CALLBACK_2WD);
        assertThat(DeadlineRule.ruleOf(CallbackTask.promise(UUID.randomUUID(), "emp-1", null, "+46701234567", LEFT, DUE,
                null))).isEqualTo(RuleId.PROMISE_KEPT);
    }
}
