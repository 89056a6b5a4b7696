package se.telefonpolicy.callback.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import se.telefonpolicy.calendar.WorkingCalendar;

/**
 * The due-soon point of a task: the first moment in working time, at or after the task opened, with less than
 * {@code threshold} of working time left before its due time — when someone can still act. Two event-time
 * decisions are taken there: CallbackDueSoon (if nobody has called back by then) and whether the assignee's
 * absence, as known at that moment, lasts past the due time (BRIEF, "Event time": reassignment).
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

    /**
     * The due-soon point (to the millisecond): for due Wed 17:00 and 4 h, Wed 13:00; for a task opened with less
     * than that left, the moment it opened, or the next start of working hours if it opened outside them. Empty
     * when no working time at all is left between opening and the due time (nobody could act on a warning).
     */
    public Optional<Instant> pointOf(Instant openedAt, Instant dueAt) {
        if (!openedAt.isBefore(dueAt) || calendar.workingTimeBetween(openedAt, dueAt).isZero()) {
            return Optional.empty();
        }
        Instant from = calendar.workingTimeBetween(openedAt, dueAt).compareTo(threshold) < 0 ? openedAt
                : latest(openedAt, latestWithThresholdLeft(openedAt, dueAt));
        return Optional.of(calendar.isWorkingTime(from) ? from : latest(from, nextWorkStart(from, dueAt)));
    }

    /**
     * When the assignee's absence is looked at: the due-soon point, else (no working time left) the moment the
     * task opened.
     */
    public Instant absenceCheckAt(Instant openedAt, Instant dueAt) {
        return pointOf(openedAt, dueAt).orElse(openedAt);
    }

    /** CallbackDueSoon at {@code point}: nobody had called back (nor closed the task) by then. */
    public boolean shouldWarn(CallbackTask task, Instant point) {
        return !task.isHandledBy(point) && point.isBefore(task.dueAt());
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** The latest instant with at least the threshold of working time left; working time left only shrinks. */
    private Instant latestWithThresholdLeft(Instant openedAt, Instant dueAt) {
        long lo = openedAt.toEpochMilli();
        long hi = dueAt.toEpochMilli();
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (calendar.workingTimeBetween(Instant.ofEpochMilli(mid), dueAt).compareTo(threshold) >= 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Instant.ofEpochMilli(lo);
    }

    /** The start of the next working hours after {@code from} (there are some before {@code dueAt}). */
    private Instant nextWorkStart(Instant from, Instant dueAt) {
        long lo = from.toEpochMilli();
        long hi = dueAt.toEpochMilli();
        while (hi - lo > 1) {
            long mid = lo + (hi - lo) / 2;
            if (calendar.workingTimeBetween(from, Instant.ofEpochMilli(mid)).isZero()) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Instant.ofEpochMilli(lo);
    }
}
