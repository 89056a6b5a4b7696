package se.telefonpolicy.directory.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Service-desk settings as sent: weekly opening hours (several intervals a day allowed), exceptions
 * for single dates (both times left out: closed that day) and the minimum staffing (default 1).
 */
public record ServiceDeskRequest(List<Hours> openingHours, List<Exception> exceptions, Integer minimumStaffing) {

    public record Hours(DayOfWeek day, LocalTime opens, LocalTime closes) {
    }

    public record Exception(LocalDate date, LocalTime opens, LocalTime closes) {
    }
}
