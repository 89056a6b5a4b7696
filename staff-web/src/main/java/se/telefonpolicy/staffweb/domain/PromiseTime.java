package se.telefonpolicy.staffweb.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import se.telefonpolicy.calendar.WorkingCalendar;

/**
 * The time a promise form offers: two hours from now on the hour while that is still working time, else 10:00 on
 * the next working day (today's, before the day has begun) — an officer promises within office hours.
 */
public final class PromiseTime {

    static final LocalTime NEXT_MORNING = LocalTime.of(10, 0);

    private PromiseTime() {
    }

    public static Instant suggested(Instant now, WorkingCalendar calendar) {
        Instant soon = now.plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.HOURS);
        if (calendar.isWorkingTime(soon)) {
            return soon;
        }
        ZonedDateTime local = now.atZone(SwedishTime.ZONE);
        LocalDate today = local.toLocalDate();
        LocalDate day = calendar.isWorkingDay(today) && local.toLocalTime().isBefore(LocalTime.of(8, 0))
                ? today : calendar.nextWorkingDay(today);
        return day.atTime(NEXT_MORNING).atZone(SwedishTime.ZONE).toInstant();
    }
}
