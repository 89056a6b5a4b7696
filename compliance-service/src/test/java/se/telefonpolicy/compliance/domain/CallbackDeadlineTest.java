package se.telefonpolicy.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.compliance.RuleId;

/** CALLBACK_2WD and PROMISE_KEPT: an attempt by the due time, with a fixed "now". */
class CallbackDeadlineTest {

    // Mon 2026-11-30 10:00 Stockholm (09:00Z) → due Wed 2026-12-02 17:00 (16:00Z)
    private static final Instant CREATED = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant DUE = Instant.parse("2026-12-02T16:00:00Z");

    private static CallbackDeadline task(Instant attempt, Instant completed) {
        return new CallbackDeadline("t", RuleId.CALLBACK_2WD, "u", "e", CREATED, DUE, attempt, completed);
    }

    @Test
    void noAttemptIsABreachFromTheDueTimeOnNotBefore() {
        assertThat(task(null, null).isBreached(DUE.minusSeconds(1))).isFalse();
        assertThat(task(null, null).isBreached(DUE)).isTrue();
        assertThat(task(null, null).isOverdue(DUE.plusSeconds(1))).isTrue();
    }

    @Test
    void anAttemptByTheDueTimeKeepsTheRuleEvenIfTheCallerWasNotReached() {
        CallbackDeadline attempted = task(DUE, null);
        assertThat(attempted.isBreached(DUE.plusSeconds(3600))).isFalse();
        assertThat(attempted.attemptOnTime()).contains(true);
        assertThat(attempted.isOverdue(DUE.plusSeconds(3600))).isFalse();
    }

    @Test
    void aLateAttemptIsStillABreach() {
        CallbackDeadline late = task(DUE.plusSeconds(60), null);
        assertThat(late.isBreached(DUE.plusSeconds(120))).isTrue();
        assertThat(late.attemptOnTime()).contains(false);
    }

    @Test
    void aTaskClosedBeforeItsDueTimeWithoutAttemptIsNoBreach() {
        assertThat(task(null, DUE.minusSeconds(60)).isBreached(DUE.plusSeconds(60))).isFalse();
        assertThat(task(null, DUE.plusSeconds(60)).isBreached(DUE.plusSeconds(120))).isTrue();
    }

    @Test
    void timeToCallbackCountsOnlyWorkingHours() {
        // Mon 10:00 → Tue 09:30 local: Mon 10–17 is 7 h, Tue 08:00–09:30 is 1.5 h
        CallbackDeadline attempted = task(Instant.parse("2026-12-01T08:30:00Z"), null);
        assertThat(attempted.workingHoursToCallback(WorkingCalendar.sweden())).contains(8.5);
        assertThat(task(null, null).workingHoursToCallback(WorkingCalendar.sweden())).isEmpty();
    }
}
