package se.telefonpolicy.availability.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import se.telefonpolicy.calendar.TimeRange;
import se.telefonpolicy.calendar.WeeklySchedule;
import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.directory.OpeningException;
import se.telefonpolicy.contracts.directory.OpeningHours;

/**
 * A unit flagged as a service desk ("servicefunktion"), as the directory describes it: weekly hours,
 * dated exceptions and the minimum number of staffed members.
 */
public record ServiceDesk(String unitId, String name, List<OpeningHours> openingHours, List<OpeningException> exceptions,
        int minimumStaffing, Instant updatedAt) {

    public ServiceDesk {
        Objects.requireNonNull(unitId, "unitId");
        openingHours = List.copyOf(openingHours);
        exceptions = List.copyOf(exceptions);
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The hours on the calendar: weekly hours on working days, closed on closed days, exceptions first. */
    public se.telefonpolicy.calendar.OpeningHours hours(WorkingCalendar calendar) {
        WeeklySchedule.Builder weekly = WeeklySchedule.builder();
        openingHours.stream().map(OpeningHours::day).distinct().forEach(day -> weekly.on(day, openingHours.stream()
                .filter(h -> h.day() == day)
                .map(h -> TimeRange.of(h.opens(), h.closes()))
                .toArray(TimeRange[]::new)));
        var builder = se.telefonpolicy.calendar.OpeningHours.builder(calendar, weekly.build());
        // Several exceptions may share a date (open morning and afternoon); a closed entry alone closes it.
        exceptions.stream().map(OpeningException::date).distinct().forEach(date -> builder.exception(date, exceptions.stream()
                .filter(e -> e.date().equals(date) && !e.closed())
                .map(e -> TimeRange.of(e.opens(), e.closes()))
                .toArray(TimeRange[]::new)));
        return builder.build();
    }
}
