package se.telefonpolicy.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A unit's opening hours (a service desk's telefontid): a weekly schedule, closed on the calendar's
 * closed days, with dated exceptions that override both (shorter hours before a holiday, a closure,
 * or hours on a day the calendar closes). Immutable and thread-safe.
 */
public final class OpeningHours {

    private final WorkingCalendar calendar;
    private final WeeklySchedule weekly;
    private final Map<LocalDate, List<TimeRange>> exceptions;

    private OpeningHours(WorkingCalendar calendar, WeeklySchedule weekly, Map<LocalDate, List<TimeRange>> exceptions) {
        this.calendar = calendar;
        this.weekly = weekly;
        this.exceptions = exceptions;
    }

    public static Builder builder(WorkingCalendar calendar, WeeklySchedule weekly) {
        return new Builder(calendar, weekly);
    }

    /** Opening hours without exceptions. */
    public static OpeningHours of(WorkingCalendar calendar, WeeklySchedule weekly) {
        return builder(calendar, weekly).build();
    }

    public WeeklySchedule weekly() {
        return weekly;
    }

    /** The ranges open on that date, in order; empty when closed. A dated exception wins, then closed days. */
    public List<TimeRange> hoursOn(LocalDate date) {
        List<TimeRange> exception = exceptions.get(date);
        if (exception != null) {
            return exception;
        }
        // Closed days on a Saturday or Sunday matter too when a unit is open at weekends.
        if (calendar.isClosedDay(date)) {
            return List.of();
        }
        return weekly.on(date.getDayOfWeek());
    }

    public boolean isOpen(Instant instant) {
        LocalDate date = LocalDate.ofInstant(instant, calendar.zone());
        for (TimeRange range : hoursOn(date)) {
            if (!instant.isBefore(start(date, range)) && instant.isBefore(end(date, range))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Open time between the instants; negative when {@code to} is before {@code from}, like
     * {@link Duration#between}. Counted in real time: on the day clocks go back, 02:00–03:00 lasts two hours.
     */
    public Duration openTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return openTimeBetween(to, from).negated();
        }
        Duration open = Duration.ZERO;
        LocalDate last = LocalDate.ofInstant(to, calendar.zone());
        for (LocalDate date = LocalDate.ofInstant(from, calendar.zone()); !date.isAfter(last); date = date.plusDays(1)) {
            for (TimeRange range : hoursOn(date)) {
                Instant start = max(from, start(date, range));
                Instant end = min(to, end(date, range));
                if (start.isBefore(end)) {
                    open = open.plus(Duration.between(start, end));
                }
            }
        }
        return open;
    }

    // A time in the spring-forward gap moves to 03:00; one in the autumn overlap takes the summer-time offset.
    private Instant start(LocalDate date, TimeRange range) {
        return ZonedDateTime.of(date, range.start(), calendar.zone()).toInstant();
    }

    private Instant end(LocalDate date, TimeRange range) {
        return ZonedDateTime.of(date, range.end(), calendar.zone()).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    @Override
    public String toString() {
        return "OpeningHours[" + weekly + ", exceptions " + exceptions + "]";
    }

    /** Not thread-safe; build once and share the result. */
    public static final class Builder {
        private final WorkingCalendar calendar;
        private final WeeklySchedule weekly;
        private final Map<LocalDate, List<TimeRange>> exceptions = new HashMap<>();

        private Builder(WorkingCalendar calendar, WeeklySchedule weekly) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
            this.weekly = Objects.requireNonNull(weekly, "weekly");
        }

        /** The hours on that date instead of the usual ones; no ranges means closed. */
        public Builder exception(LocalDate date, TimeRange... ranges) {
            exceptions.put(Objects.requireNonNull(date, "date"), WeeklySchedule.ordered(ranges));
            return this;
        }

        public Builder closedOn(LocalDate date) {
            return exception(date);
        }

        public OpeningHours build() {
            return new OpeningHours(calendar, weekly, Map.copyOf(exceptions));
        }
    }
}
