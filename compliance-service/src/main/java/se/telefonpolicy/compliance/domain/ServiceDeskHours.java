package se.telefonpolicy.compliance.domain;

import se.telefonpolicy.calendar.OpeningHours;
import se.telefonpolicy.calendar.TimeRange;
import se.telefonpolicy.calendar.WeeklySchedule;
import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.directory.OpeningException;
import se.telefonpolicy.contracts.directory.ServiceDesk;

/** A service desk's opening hours on the working calendar, read the same way availability-service reads them. */
public final class ServiceDeskHours {

    private ServiceDeskHours() {
    }

    /** Weekly hours on working days, closed on closed days, dated exceptions first. */
    public static OpeningHours of(ServiceDesk desk, WorkingCalendar calendar) {
        WeeklySchedule.Builder weekly = WeeklySchedule.builder();
        desk.openingHours().stream().map(h -> h.day()).distinct().forEach(day -> weekly.on(day, desk.openingHours().stream()
                .filter(h -> h.day() == day)
                .map(h -> TimeRange.of(h.opens(), h.closes()))
                .toArray(TimeRange[]::new)));
        OpeningHours.Builder builder = OpeningHours.builder(calendar, weekly.build());
        // several exceptions may share a date (open morning and afternoon); a closed entry alone closes it
        desk.exceptions().stream().map(OpeningException::date).distinct().forEach(date -> builder.exception(date,
                desk.exceptions().stream()
                        .filter(e -> e.date().equals(date) && !e.closed())
                        .map(e -> TimeRange.of(e.opens(), e.closes()))
                        .toArray(TimeRange[]::new)));
        return builder.build();
    }
}
