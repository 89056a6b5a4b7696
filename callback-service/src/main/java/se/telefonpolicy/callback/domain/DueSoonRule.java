package se.telefonpolicy.callback.domain;

import java.time.Duration;
import java.time.Instant;

import se.telefonpolicy.calendar.WorkingCalendar;

/**
 * CallbackDueSoon: an open task without an attempt, with less than {@code threshold} working time
 * left before its due time, is worth a warning — sent during working hours only, when someone can act.
 */
public final class DueSoonRule {

    private final WorkingCalendar calendar;
    private final Duration threshold;

    public DueSoonRule(WorkingCalendar calendar, Duration threshold) {
        if (threshold.isNegative() || threshold.isZero()) {
            throw new IllegalArgumentException("the due-soon threshold must be positive, was " + threshold);
        }
        this.calendar = calendar;
        this.threshold = threshold;
    }

    public boolean shouldWarn(CallbackTask task, Instant now) {
        return task.isOpen() && task.firstAttemptAt() == null && now.isBefore(task.dueAt())
                && calendar.isWorkingTime(now)
                && calendar.workingTimeBetween(now, task.dueAt()).compareTo(threshold) < 0;
    }
}
