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
    private final CallbackTask task = CallbackTask.open(UUID.randomUUID(), CallbackOrigin.VOICEMAIL, "emp-1", null,
            "call-1", "+46701234567", Instant.parse("2026-11-30T09:00:00Z"), Instant.parse("2026-12-02T16:00:00Z"));

    @Test
    void warnsWhenLessThanFourWorkingHoursAreLeft() {
        assertThat(rule.shouldWarn(task, Instant.parse("2026-12-02T11:00:00Z"))).isFalse(); // 12:00, 5 h left
        assertThat(rule.shouldWarn(task, Instant.parse("2026-12-02T12:00:00Z"))).isFalse(); // 13:00, exactly 4 h
        assertThat(rule.shouldWarn(task, Instant.parse("2026-12-02T13:30:00Z"))).isTrue();  // 14:30, 2.5 h
        // Tue 16:30: half an hour today and a whole Wednesday left
        assertThat(rule.shouldWarn(task, Instant.parse("2026-12-01T15:30:00Z"))).isFalse();
        assertThat(rule.shouldWarn(task, Instant.parse("2026-12-02T16:00:00Z"))).isFalse(); // due: too late to warn
    }

    @Test
    void warnsOnlyDuringWorkingHours() {
        // a promise due Thu 09:00: in the evening before, one working hour is left, but nobody is at work
        CallbackTask promise = CallbackTask.open(UUID.randomUUID(), CallbackOrigin.PROMISE, "emp-1", null, null,
                "+46701234567", Instant.parse("2026-12-01T09:00:00Z"), Instant.parse("2026-12-03T08:00:00Z"));
        assertThat(rule.shouldWarn(promise, Instant.parse("2026-12-02T19:00:00Z"))).isFalse();
        assertThat(rule.shouldWarn(promise, Instant.parse("2026-12-03T06:30:00Z"))).isFalse(); // 07:30
        assertThat(rule.shouldWarn(promise, Instant.parse("2026-12-03T07:00:00Z"))).isTrue();  // 08:00
    }

    @Test
    void anAttemptOrAClosedTaskNeedsNoWarning() {
        Instant now = Instant.parse("2026-12-02T13:30:00Z");
        assertThat(rule.shouldWarn(task.withAttempt(Instant.parse("2026-12-01T10:00:00Z")), now)).isFalse();
        assertThat(rule.shouldWarn(task.completed(CallbackOutcome.NOT_NEEDED, now, "emp-1"), now)).isFalse();
    }

    @Test
    void aThresholdOfZeroIsRefused() {
        assertThatThrownBy(() -> new DueSoonRule(WorkingCalendar.sweden(), Duration.ZERO)).hasMessageContaining("threshold");
    }
}
