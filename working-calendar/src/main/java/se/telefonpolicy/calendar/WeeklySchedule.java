package se.telefonpolicy.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Hours per day of the week, possibly several ranges a day (a lunch closure). Immutable.
 */
public final class WeeklySchedule {

    private static final List<DayOfWeek> MONDAY_TO_FRIDAY = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private final Map<DayOfWeek, List<TimeRange>> hoursByDay;

    private WeeklySchedule(Map<DayOfWeek, List<TimeRange>> hoursByDay) {
        this.hoursByDay = hoursByDay;
    }

    /** The same ranges Monday to Friday, nothing at weekends. */
    public static WeeklySchedule mondayToFriday(TimeRange... ranges) {
        Builder builder = builder();
        MONDAY_TO_FRIDAY.forEach(day -> builder.on(day, ranges));
        return builder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The ranges on that day of the week, in order; empty when closed. */
    public List<TimeRange> on(DayOfWeek day) {
        return hoursByDay.getOrDefault(day, List.of());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WeeklySchedule schedule && hoursByDay.equals(schedule.hoursByDay);
    }

    @Override
    public int hashCode() {
        return hoursByDay.hashCode();
    }

    @Override
    public String toString() {
        return "WeeklySchedule" + hoursByDay;
    }

    /** Sorts ranges and rejects overlaps, so every consumer can rely on ordered, disjoint ranges. */
    static List<TimeRange> ordered(TimeRange... ranges) {
        List<TimeRange> sorted = new ArrayList<>(Arrays.asList(ranges));
        sorted.forEach(range -> Objects.requireNonNull(range, "range"));
        sorted.sort(Comparator.comparing(TimeRange::start));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException("overlapping ranges: " + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        return List.copyOf(sorted);
    }

    public static final class Builder {
        private final Map<DayOfWeek, List<TimeRange>> hoursByDay = new EnumMap<>(DayOfWeek.class);

        private Builder() {
        }

        /** Sets the ranges of one day of the week, replacing earlier ones; no ranges means closed. */
        public Builder on(DayOfWeek day, TimeRange... ranges) {
            Objects.requireNonNull(day, "day");
            List<TimeRange> ordered = ordered(ranges);
            if (ordered.isEmpty()) {
                hoursByDay.remove(day);
            } else {
                hoursByDay.put(day, ordered);
            }
            return this;
        }

        public WeeklySchedule build() {
            return new WeeklySchedule(Collections.unmodifiableMap(new EnumMap<>(hoursByDay)));
        }
    }
}
