package se.telefonpolicy.calendar;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.telefonpolicy.calendar.Times.stockholm;

class OpeningHoursTest {

    private static final TimeRange MORNING = TimeRange.parse("09:00-12:00");
    private static final TimeRange AFTERNOON = TimeRange.parse("13:00-15:00");
    private static final LocalDate MAUNDY_THURSDAY = LocalDate.of(2026, 4, 2);
    private static final LocalDate STAFF_DAY = LocalDate.of(2026, 4, 7);
    private static final LocalDate CHRISTMAS_EVE = LocalDate.of(2026, 12, 24);

    private final WorkingCalendar calendar = WorkingCalendar.sweden();

    /** A service desk open 9–12 and 13–15 on weekdays, short on skärtorsdagen, shut for a staff day, open a little on julafton. */
    private final OpeningHours serviceDesk = OpeningHours.builder(calendar, WeeklySchedule.mondayToFriday(MORNING, AFTERNOON))
            .exception(MAUNDY_THURSDAY, MORNING)
            .closedOn(STAFF_DAY)
            .exception(CHRISTMAS_EVE, TimeRange.parse("09:00-11:00"))
            .build();

    private Duration openTime(String from, String to) {
        return serviceDesk.openTimeBetween(stockholm(from), stockholm(to));
    }

    @Test
    void hoursComeFromTheExceptionThenTheClosedDaysThenTheWeek() {
        assertEquals(List.of(MORNING, AFTERNOON), serviceDesk.hoursOn(LocalDate.of(2026, 3, 31)));
        assertEquals(List.of(MORNING), serviceDesk.hoursOn(MAUNDY_THURSDAY));
        assertEquals(List.of(), serviceDesk.hoursOn(LocalDate.of(2026, 4, 3)), "långfredagen");
        assertEquals(List.of(), serviceDesk.hoursOn(LocalDate.of(2026, 4, 4)), "a Saturday");
        assertEquals(List.of(), serviceDesk.hoursOn(STAFF_DAY));
        assertEquals(List.of(TimeRange.parse("09:00-11:00")), serviceDesk.hoursOn(CHRISTMAS_EVE));
    }

    @Test
    void isOpenWithinTheRangesOnly() {
        assertTrue(serviceDesk.isOpen(stockholm("2026-03-31T09:00")));
        assertTrue(serviceDesk.isOpen(stockholm("2026-03-31T11:59:59")));
        assertFalse(serviceDesk.isOpen(stockholm("2026-03-31T12:30")), "lunch");
        assertTrue(serviceDesk.isOpen(stockholm("2026-03-31T13:00")));
        assertFalse(serviceDesk.isOpen(stockholm("2026-03-31T15:00")));
        assertFalse(serviceDesk.isOpen(stockholm("2026-04-02T13:30")), "short skärtorsdag");
        assertFalse(serviceDesk.isOpen(stockholm("2026-04-03T10:00")), "långfredagen");
        assertFalse(serviceDesk.isOpen(stockholm("2026-04-07T10:00")), "staff day");
        assertTrue(serviceDesk.isOpen(stockholm("2026-12-24T10:00")), "julafton exception");
    }

    @Test
    void openTimeOverTheEasterWeek() {
        // Mon–Wed 5 h each, skärtorsdagen 3 h, långfredagen and the weekend closed.
        assertEquals(Duration.ofHours(18), openTime("2026-03-30T00:00", "2026-04-06T00:00"));
        // Annandag påsk closed, the staff day closed, then Wed–Fri 5 h each.
        assertEquals(Duration.ofHours(15), openTime("2026-04-06T00:00", "2026-04-13T00:00"));
    }

    @Test
    void openTimeCountsPartialRangesAndSkipsLunch() {
        assertEquals(Duration.ofHours(2), openTime("2026-03-31T10:30", "2026-03-31T13:30"));
        assertEquals(Duration.ZERO, openTime("2026-03-31T12:00", "2026-03-31T13:00"));
        assertEquals(Duration.ofHours(-2), openTime("2026-03-31T13:30", "2026-03-31T10:30"));
    }

    @Test
    void weekendHoursCloseOnClosedDaysThatFallOnWeekends() {
        OpeningHours library = OpeningHours.of(calendar, WeeklySchedule.builder()
                .on(DayOfWeek.SATURDAY, TimeRange.parse("10:00-14:00"))
                .build());

        assertTrue(library.isOpen(stockholm("2026-06-13T11:00")));
        assertFalse(library.isOpen(stockholm("2026-06-20T11:00")), "midsommardagen");
        assertEquals(Duration.ofHours(4), library.openTimeBetween(stockholm("2026-06-13T00:00"), stockholm("2026-06-21T00:00")));
    }

    @Test
    void openTimeIsRealTimeAcrossDaylightSavingChanges() {
        OpeningHours nightLine = OpeningHours.of(calendar, WeeklySchedule.builder()
                .on(DayOfWeek.SUNDAY, TimeRange.parse("01:00-04:00"))
                .build());

        // 01:00 CET to 04:00 CEST is two hours; 01:00 CEST to 04:00 CET is four.
        assertEquals(Duration.ofHours(2), nightLine.openTimeBetween(stockholm("2026-03-29T00:00"), stockholm("2026-03-30T00:00")));
        assertEquals(Duration.ofHours(4), nightLine.openTimeBetween(stockholm("2026-10-25T00:00"), stockholm("2026-10-26T00:00")));
        assertTrue(nightLine.isOpen(Instant.parse("2026-10-25T00:30:00Z")), "02:30 CEST");
        assertTrue(nightLine.isOpen(Instant.parse("2026-10-25T01:30:00Z")), "02:30 CET");
        assertFalse(nightLine.isOpen(Instant.parse("2026-10-25T03:00:00Z")), "04:00 CET");
    }

    @Test
    void schedulesRejectOverlappingRanges() {
        assertThrows(IllegalArgumentException.class,
                () -> WeeklySchedule.mondayToFriday(TimeRange.parse("09:00-12:00"), TimeRange.parse("11:00-15:00")));
        assertThrows(IllegalArgumentException.class,
                () -> OpeningHours.builder(calendar, WeeklySchedule.mondayToFriday(MORNING))
                        .exception(MAUNDY_THURSDAY, TimeRange.parse("09:00-12:00"), TimeRange.parse("10:00-11:00")));
    }
}
