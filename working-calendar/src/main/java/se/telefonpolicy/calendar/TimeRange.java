package se.telefonpolicy.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A span of local wall-clock time within one day, start inclusive, end exclusive.
 * Ranges never cross midnight, so a day's hours are always that day's.
 */
public record TimeRange(LocalTime start, LocalTime end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a time range must end after it starts: " + start + "-" + end);
        }
    }

    public static TimeRange of(LocalTime start, LocalTime end) {
        return new TimeRange(start, end);
    }

    /** Parses the form used in configuration files: {@code 08:00-17:00}. */
    public static TimeRange parse(CharSequence text) {
        String value = text.toString().strip();
        int dash = value.indexOf('-');
        if (dash < 0) {
            throw new DateTimeParseException("expected a time range like 08:00-17:00", value, 0);
        }
        return new TimeRange(LocalTime.parse(value.substring(0, dash).strip()),
                LocalTime.parse(value.substring(dash + 1).strip()));
    }

    boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
