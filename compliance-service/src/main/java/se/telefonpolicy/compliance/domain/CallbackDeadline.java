package se.telefonpolicy.compliance.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.callback.DeadlineVerdict;
import se.telefonpolicy.contracts.compliance.RuleId;

/**
 * A callback task as compliance sees it: whose, under which rule, opened and due when, first attempted and done
 * when, and what callback-service decided about its deadline (CALLBACK_2WD, PROMISE_KEPT). Compliance does not
 * judge the deadline itself: until the owner's decision arrives a task is neither on time, late nor overdue.
 *
 * @param verdict MET or OVERDUE as decided at the due time, LATE once an OVERDUE task was called back; null while
 *                undecided
 */
public record CallbackDeadline(String taskId, RuleId ruleId, String unitId, String employeeId, Instant createdAt,
        Instant dueAt, Instant firstAttemptAt, Instant completedAt, DeadlineVerdict verdict) {

    public CallbackDeadline {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    /** Decided met: an attempt by the due time (a kept promise for PROMISE_KEPT). */
    public boolean onTime() {
        return verdict == DeadlineVerdict.MET;
    }

    /** Decided overdue, and called back afterwards. */
    public boolean late() {
        return verdict == DeadlineVerdict.LATE;
    }

    /** Decided overdue, with no call back since and not closed: still waiting for its call back. */
    public boolean stillOverdue() {
        return verdict == DeadlineVerdict.OVERDUE && completedAt == null;
    }

    /** Not decided yet: callback-service's watermark has not passed the due time. */
    public boolean undecided() {
        return verdict == null;
    }

    /** Working time from the task's opening to its first attempt, in hours; empty without both. */
    public Optional<Double> workingHoursToCallback(WorkingCalendar calendar) {
        if (createdAt == null || firstAttemptAt == null) {
            return Optional.empty();
        }
        return Optional.of(hours(calendar.workingTimeBetween(createdAt, firstAttemptAt)));
    }

    public static double hours(Duration duration) {
        return duration.toMillis() / 3_600_000.0;
    }
}
