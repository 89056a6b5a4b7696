package se.telefonpolicy.staffweb.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.availability.PresenceStatus;

/**
 * The common diversions of "Min hänvisning", each two clicks: lunch until, meeting until (a time of day: the next
 * time the clock shows it), gone for the day (back at the usual start of the next working day), available again.
 */
public enum QuickDiversion {
    LUNCH(PresenceStatus.LUNCH, "Lunch till", true),
    MEETING(PresenceStatus.MEETING, "Möte till", true),
    GONE_FOR_THE_DAY(PresenceStatus.OFF_DUTY, "Gått för dagen – tillbaka nästa arbetsdag", false),
    AVAILABLE(PresenceStatus.AVAILABLE, "Tillgänglig igen", false);

    private final PresenceStatus status;
    private final String label;
    private final boolean asksForTime;

    QuickDiversion(PresenceStatus status, String label, boolean asksForTime) {
        this.status = status;
        this.label = label;
        this.asksForTime = asksForTime;
    }

    public PresenceStatus status() {
        return status;
    }

    public String label() {
        return label;
    }

    public boolean asksForTime() {
        return asksForTime;
    }

    /**
     * The time the form offers for lunch and meetings: the next full or half hour at least a quarter of an hour
     * ahead (11:00 → 11:30, 11:20 → 12:00), so that one click on "Spara" gives a time still to come.
     */
    public static LocalTime suggestedTime(Instant now) {
        LocalTime soonest = now.atZone(SwedishTime.ZONE).toLocalTime().plusMinutes(15).withSecond(0).withNano(0);
        int minutes = soonest.getHour() * 60 + soonest.getMinute();
        int rounded = (minutes + 29) / 30 * 30;
        return LocalTime.MIDNIGHT.plusMinutes(rounded % (24 * 60));
    }

    /**
     * The return time: for lunch and meetings the next time the clock shows {@code until} (12:30 typed at 13:00 is
     * tomorrow's), for the end of the day the usual start on the next working day, none for AVAILABLE.
     */
    public Optional<Instant> returnsAt(LocalTime until, LocalTime usualStart, WorkingCalendar calendar, Instant now) {
        ZonedDateTime local = now.atZone(SwedishTime.ZONE);
        return switch (this) {
            case AVAILABLE -> Optional.empty();
            case GONE_FOR_THE_DAY -> {
                LocalDate next = calendar.nextWorkingDay(local.toLocalDate());
                yield Optional.of(next.atTime(usualStart).atZone(SwedishTime.ZONE).toInstant());
            }
            case LUNCH, MEETING -> {
                if (until == null) {
                    throw new IllegalArgumentException("a time is needed");
                }
                ZonedDateTime at = local.toLocalDate().atTime(until).atZone(SwedishTime.ZONE);
                yield Optional.of((at.isAfter(local) ? at : at.plusDays(1)).toInstant());
            }
        };
    }
}
