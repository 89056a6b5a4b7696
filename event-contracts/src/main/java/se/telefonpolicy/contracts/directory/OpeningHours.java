package se.telefonpolicy.contracts.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;

import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.Require;

/**
 * One opening interval on a weekday, local time (Europe/Stockholm). A day may have several (closed
 * for lunch). They apply on working days only; public holidays come from the working calendar.
 *
 * @param day    MONDAY … SUNDAY
 * @param opens  local time, e.g. 08:00
 * @param closes local time, after opens
 */
public record OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {

    public OpeningHours {
        Require.value(day, "day");
        Require.value(opens, "opens");
        Require.value(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new InvalidEventException("closes", "must be after opens");
        }
    }
}
