package se.telefonpolicy.staffweb.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Times in words, as a Swedish office says them: "i dag 17:00", "i morgon 08:00", "onsdag 17:00" within the coming week,
 * "i tisdags 17:00" within the last, "12 december 17:00" further off ("12 december 2027 17:00" in another year).
 */
public final class SwedishTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private SwedishTime() {
    }

    public static String words(Instant at, Instant now) {
        ZonedDateTime t = at.atZone(ZONE);
        LocalDate today = now.atZone(ZONE).toLocalDate();
        LocalDate day = t.toLocalDate();
        long days = day.toEpochDay() - today.toEpochDay();
        String clock = t.format(CLOCK);
        if (days == 0) {
            return "i dag " + clock;
        }
        if (days == 1) {
            return "i morgon " + clock;
        }
        if (days == -1) {
            return "i går " + clock;
        }
        String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, SWEDISH);
        if (days > 1 && days < 7) {
            return weekday + " " + clock;
        }
        if (days < -1 && days > -7) {
            // last Tuesday is "i tisdags"
            return "i " + weekday + "s " + clock;
        }
        String date = day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, SWEDISH);
        return (day.getYear() == today.getYear() ? date : date + " " + day.getYear()) + " " + clock;
    }

    /** A date as in running text: "3 maj 2026". */
    public static String date(LocalDate day) {
        return day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, SWEDISH) + " " + day.getYear();
    }

    /** The local date of an instant, as {@link #date(LocalDate)}. */
    public static String date(Instant at) {
        return date(at.atZone(ZONE).toLocalDate());
    }

    /** The local time of day: "14:05". */
    public static String clock(Instant at) {
        return at.atZone(ZONE).format(CLOCK);
    }

    /** The local date and time, for a {@code datetime-local} field and the like: 2026-12-07T13:00. */
    public static String local(Instant at) {
        return at.atZone(ZONE).toLocalDateTime().withSecond(0).withNano(0).toString();
    }
}
