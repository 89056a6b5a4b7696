package se.telefonpolicy.calendar;

import java.time.Instant;
import java.time.LocalDateTime;

final class Times {

    private Times() {
    }

    /** A Stockholm wall-clock time; in the autumn overlap this is the earlier (summer-time) instant. */
    static Instant stockholm(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.STOCKHOLM).toInstant();
    }
}
