package se.telefonpolicy.compliance.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.compliance.RuleId;

/**
 * A callback task as compliance sees it: whose, under which rule, opened and due when, first attempted
 * and done when. CALLBACK_2WD and PROMISE_KEPT both ask for an attempt by the due time.
 */
public record CallbackDeadline(String taskId, RuleId ruleId, String unitId, String employeeId, Instant createdAt,
        Instant dueAt, Instant firstAttemptAt, Instant completedAt) {

    public CallbackDeadline {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    public boolean isOverdue(Instant now) {
        return completedAt == null && firstAttemptAt == null && now.isAfter(dueAt);
    }

    /**
     * Breached as of {@code now}: the due time has come and no attempt was made by it, unless the task was
     * closed before it (a duplicate, a caller who no longer needs a call).
     */
    public boolean isBreached(Instant now) {
        if (now.isBefore(dueAt)) {
            return false;
        }
        boolean attemptedInTime = firstAttemptAt != null && !firstAttemptAt.isAfter(dueAt);
        boolean closedInTime = completedAt != null && !completedAt.isAfter(dueAt);
        return !attemptedInTime && !closedInTime;
    }

    /** Attempted by the due time; empty while no attempt is known. */
    public Optional<Boolean> attemptOnTime() {
        return Optional.ofNullable(firstAttemptAt).map(at -> !at.isAfter(dueAt));
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
