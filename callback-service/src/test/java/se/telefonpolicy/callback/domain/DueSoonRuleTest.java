package se.telefonpolicy.callback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.callback.CallbackOrigin;
import se.telefonpolicy.contracts.callback.CallbackOutcome;

class DueSoonRuleTest {

    private final DueSoonRule rule = new DueSoonRule(WorkingCalendar.sweden(), Duration.ofHours(4));
    // left Mon 2026-11-30 10:00, due Wed 2026-12-02 17:00 Stockholm
    private static final Instant LEFT = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant DUE = Instant.parse("2026-12-02T16:00:00Z");
    private final CallbackTask task = CallbackTask.open(UUID.randomUUID(), CallbackOrigin.VOICEMAIL, "emp-1", null,
            "call-1", "+46701234567", LEFT, DUE);

    @Test
    void theDueSoonPointIsWhereLessThanFourWorkingHoursAreLeft() {
        // Wed 13:00 Stockholm: exactly four hours left, less from there on
        assertThat(rule.pointOf(LEFT, DUE)).contains(Instant.parse("2026-12-02T12:00:00Z"));
        assertThat(rule.absenceCheckAt(LEFT, DUE)).isEqualTo(Instant.parse("2026-12-02T12:00:00Z"));
    }

    @Test
    void thePointSpansTheNightAndSkipsClosedDays() {
        // due Thu 09:00: one hour on Thursday, three on Wednesday afternoon → Wed 14:00 Stockholm
        assertThat(rule.pointOf(Instant.parse("2026-12-01T09:00:00Z"), Instant.parse("2026-12-03T08:00:00Z")))
                .contains(Instant.parse("2026-12-02T13:00:00Z"));
        // due Mon 2026-12-28 17:00 (Christmas): the point is that Monday 13:00, past the closed days
        assertThat(rule.pointOf(Instant.parse("2026-12-22T08:00:00Z"), Instant.parse("2026-12-28T16:00:00Z")))
                .contains(Instant.parse("2026-12-28T12:00:00Z"));
        // due Mon 10:00: two hours on Monday, two on Friday → Fri 15:00
        assertThat(rule.pointOf(Instant.parse("2026-11-30T09:00:00Z"), Instant.parse("2026-12-07T09:00:00Z")))
                .contains(Instant.parse("2026-12-04T14:00:00Z"));
    }

    @Test
    void aTaskOpenedInsideTheWindowHasItsPointAtOpeningOrAtTheNextStartOfWork() {
        // a promise made Wed 15:00 due Thu 09:00: three hours left at once
        assertThat(rule.pointOf(Instant.parse("2026-12-02T14:00:00Z"), Instant.parse("2026-12-03T08:00:00Z")))
                .contains(Instant.parse("2026-12-02T14:00:00Z"));
        // made Wed 19:00: nobody is at work until Thu 08:00
        assertThat(rule.pointOf(Instant.parse("2026-12-02T18:00:00Z"), Instant.parse("2026-12-03T08:00:00Z")))
                .contains(Instant.parse("2026-12-03T07:00:00Z"));
    }

    @Test
    void noWorkingTimeLeftMeansNoWarningAndTheAbsenceIsLookedAtWhenTheTaskOpened() {
        Instant evening = Instant.parse("2026-12-02T18:00:00Z");
        Instant beforeWork = Instant.parse("2026-12-03T06:30:00Z"); // Thu 07:30
        assertThat(rule.pointOf(evening, beforeWork)).isEmpty();
        assertThat(rule.absenceCheckAt(evening, beforeWork)).isEqualTo(evening);
    }

    @Test
    void warnsAtThePointUnlessTheTaskWasHandledByThen() {
        Instant point = Instant.parse("2026-12-02T12:00:00Z");
        assertThat(rule.shouldWarn(task, point)).isTrue();
        // called Tuesday, or closed before the point: nothing to warn about
        assertThat(rule.shouldWarn(task.withAttempt(Instant.parse("2026-12-01T10:00:00Z")), point)).isFalse();
        assertThat(rule.shouldWarn(task.completed(CallbackOutcome.NOT_NEEDED, point, "emp-1"), point)).isFalse();
        // called after the point (read before the warning was decided): the warning stands, as in any replay
        assertThat(rule.shouldWarn(task.withAttempt(point.plusSeconds(60)), point)).isTrue();
    }

    @Test
    void aThresholdOfZeroIsRefused() {
        assertThatThrownBy(() -> new DueSoonRule(WorkingCalendar.sweden(), Duration.ZERO)).hasMessageContaining("threshold");
    }
}
