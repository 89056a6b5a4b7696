package se.telefonpolicy.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A named day on which the municipality is closed.
 *
 * @param date the local date in Europe/Stockholm
 * @param name the Swedish name, e.g. "Kristi himmelsfärdsdag"
 * @param kind why it is closed
 */
public record ClosedDay(LocalDate date, String name, ClosedDayKind kind) {

    /** Date order; on a shared date (Kristi himmelsfärdsdag on första maj, 2008) public days come first. */
    public static final Comparator<ClosedDay> CHRONOLOGICAL = Comparator.comparing(ClosedDay::date)
            .thenComparing(ClosedDay::kind)
            .thenComparing(ClosedDay::name);

    public ClosedDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a closed day needs a name: " + date);
        }
        name = name.strip();
    }
}
