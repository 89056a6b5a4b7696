package se.telefonpolicy.platform.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.telefonpolicy.calendar.WorkingCalendar;

/**
 * The one working calendar of every service: Swedish closed days plus the municipality's own
 * (klämdagar), configured as {@code telefonpolicy.calendar.local-closed-days=2026-01-05=Klämdag,…}
 * ({@code TELEFONPOLICY_CALENDAR_LOCAL_CLOSED_DAYS}), so deadlines and opening hours agree.
 */
public class CalendarProducer {

    @Produces
    @Singleton
    WorkingCalendar workingCalendar(
            @ConfigProperty(name = "telefonpolicy.calendar.local-closed-days") Optional<List<String>> localClosedDays) {
        WorkingCalendar.Builder calendar = WorkingCalendar.builder();
        for (String entry : localClosedDays.orElse(List.of())) {
            String[] dateAndName = entry.split("=", 2);
            try {
                String name = dateAndName.length > 1 && !dateAndName[1].isBlank() ? dateAndName[1].trim() : "Lokal stängd dag";
                calendar.localClosedDay(LocalDate.parse(dateAndName[0].trim()), name);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("telefonpolicy.calendar.local-closed-days: '" + entry
                        + "' is not YYYY-MM-DD=Name", e);
            }
        }
        return calendar.build();
    }
}
