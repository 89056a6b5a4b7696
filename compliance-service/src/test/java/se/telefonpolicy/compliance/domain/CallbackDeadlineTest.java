package se.telefonpolicy.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.callback.CallbackDeadlineDecided;
import se.telefonpolicy.contracts.callback.DeadlineVerdict;
import se.telefonpolicy.contracts.compliance.BreachSubjectType;
import se.telefonpolicy.contracts.compliance.RuleId;

/** CALLBACK_2WD and PROMISE_KEPT as compliance records them: callback-service's verdict, never the clock's. */
class CallbackDeadlineTest {

    // Mon 2026-11-30 10:00 Stockholm (09:00Z) → due Wed 2026-12-02 17:00 (16:00Z)
    private static final Instant CREATED = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant DUE = Instant.parse("2026-12-02T16:00:00Z");

    private static CallbackDeadline task(Instant attempt, Instant completed, DeadlineVerdict verdict) {
        return new CallbackDeadline("t", RuleId.CALLBACK_2WD, "u", "e", CREATED, DUE, attempt, completed, verdict);
    }

    @Test
    void anUndecidedTaskIsNeitherOnTimeLateNorOverdueWhateverItsAttempts() {
        // a task whose due time is long past but which callback-service has not decided: nothing to say yet
        for (CallbackDeadline t : new CallbackDeadline[] { task(null, null, null), task(DUE.plusSeconds(60), null, null) }) {
            assertThat(t.undecided()).isTrue();
            assertThat(t.onTime()).isFalse();
            assertThat(t.late()).isFalse();
            assertThat(t.stillOverdue()).isFalse();
        }
    }

    @Test
    void eachVerdictCountsOnceAndAClosedOverdueTaskIsNoLongerWaiting() {
        assertThat(task(DUE, null, DeadlineVerdict.MET).onTime()).isTrue();
        assertThat(task(null, null, DeadlineVerdict.OVERDUE).stillOverdue()).isTrue();
        assertThat(task(null, null, DeadlineVerdict.OVERDUE).onTime()).isFalse();
        assertThat(task(null, DUE.plusSeconds(60), DeadlineVerdict.OVERDUE).stillOverdue()).isFalse();
        CallbackDeadline late = task(DUE.plusSeconds(60), null, DeadlineVerdict.LATE);
        assertThat(late.late()).isTrue();
        assertThat(late.stillOverdue()).isFalse();
        assertThat(late.onTime()).isFalse();
    }

    @Test
    void onlyAnOverdueDecisionIsABreachAndItIsThePureFunctionOfTheDecision() {
        CallbackDeadlineDecided overdue = new CallbackDeadlineDecided("t", RuleId.PROMISE_KEPT, DeadlineVerdict.OVERDUE,
                "e", "u", "chef", DUE, null);
        BreachCandidate breach = BreachCandidate.overdue(overdue);
        assertThat(breach).isEqualTo(BreachCandidate.overdue(overdue));
        assertThat(breach.ruleId()).isEqualTo(RuleId.PROMISE_KEPT);
        assertThat(breach.subjectType()).isEqualTo(BreachSubjectType.CALLBACK_TASK);
        assertThat(breach.subjectId()).isEqualTo("t");
        assertThat(breach.managerEmployeeId()).isEqualTo("chef");
        assertThat(breach.dueAt()).isEqualTo(DUE);
        assertThat(breach.detectedAt()).as("the decision's event time, not when it was read").isEqualTo(DUE);
        assertThat(breach.breachId()).isEqualTo(UUID.nameUUIDFromBytes("PROMISE_KEPT/t".getBytes(StandardCharsets.UTF_8)));
        CallbackDeadlineDecided met = new CallbackDeadlineDecided("t", RuleId.PROMISE_KEPT, DeadlineVerdict.MET, "e", "u",
                null, DUE, DUE.minusSeconds(60));
        assertThatThrownBy(() -> BreachCandidate.overdue(met))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timeToCallbackCountsOnlyWorkingHours() {
        // Mon 10:00 → Tue 09:30 local: Mon 10–17 is 7 h, Tue 08:00–09:30 is 1.5 h
        CallbackDeadline attempted = task(Instant.parse("2026-12-01T08:30:00Z"), null, null);
        assertThat(attempted.workingHoursToCallback(WorkingCalendar.sweden())).contains(8.5);
        assertThat(task(null, null, null).workingHoursToCallback(WorkingCalendar.sweden())).isEmpty();
    }
}
