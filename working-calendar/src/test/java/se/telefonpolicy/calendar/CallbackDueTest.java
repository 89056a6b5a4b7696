package se.telefonpolicy.calendar;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.telefonpolicy.calendar.Times.stockholm;

class CallbackDueTest {

    private static final int CALLBACK_2WD = 2;

    private final WorkingCalendar calendar = WorkingCalendar.sweden();

    private Instant due(Instant receivedAt) {
        return calendar.callbackDue(receivedAt, CALLBACK_2WD);
    }

    @Test
    void mondayMorningIsDueWednesdayEvening() {
        assertEquals(stockholm("2026-12-02T17:00"), due(stockholm("2026-11-30T10:00")));
    }

    @Test
    void fridayEveningIsDueTuesday() {
        assertEquals(stockholm("2026-12-08T17:00"), due(stockholm("2026-12-04T18:30")));
    }

    @Test
    void saturdayIsDueTheFollowingTuesdayWhateverTheTime() {
        assertEquals(stockholm("2026-12-08T17:00"), due(stockholm("2026-12-05T00:00")));
        assertEquals(stockholm("2026-12-08T17:00"), due(stockholm("2026-12-05T12:00")));
        assertEquals(stockholm("2026-12-08T17:00"), due(stockholm("2026-12-05T23:59:59.999999999")));
    }

    @Test
    void christmasPushesTheDeadlineOverTheHolidays() {
        // 23rd counts, julafton, juldagen and the weekend do not.
        assertEquals(stockholm("2026-12-28T17:00"), due(stockholm("2026-12-22T09:00")));
    }

    @Test
    void theLocalDateDecidesNotTheUtcDate() {
        // 23:59 in Stockholm is still Monday, 00:00 is Tuesday, though both are Monday in UTC.
        assertEquals(stockholm("2026-12-02T17:00"), due(Instant.parse("2026-11-30T22:59:59Z")));
        assertEquals(stockholm("2026-12-03T17:00"), due(Instant.parse("2026-11-30T23:00:00Z")));
        // Same in summer time, when the local day starts at 22:00 UTC.
        assertEquals(stockholm("2026-06-03T17:00"), due(Instant.parse("2026-05-31T22:00:00Z")));
        assertEquals(stockholm("2026-06-02T17:00"), due(Instant.parse("2026-05-31T21:59:59Z")));
    }

    @Test
    void dueTimesAfterTheSpringChangeAreInSummerTime() {
        // Clocks go forward on Sunday 29 March 2026; 17:00 CEST is 15:00 UTC.
        assertEquals(Instant.parse("2026-03-30T15:00:00Z"), due(stockholm("2026-03-26T10:00")));
        assertEquals(Instant.parse("2026-03-31T15:00:00Z"), due(stockholm("2026-03-27T16:59")));
        assertEquals(Instant.parse("2026-03-31T15:00:00Z"), due(Instant.parse("2026-03-29T00:59:59Z")), "01:59 CET");
        assertEquals(Instant.parse("2026-03-31T15:00:00Z"), due(Instant.parse("2026-03-29T01:00:00Z")), "03:00 CEST");
    }

    @Test
    void dueTimesAfterTheAutumnChangeAreInWinterTime() {
        // Clocks go back on Sunday 25 October 2026; 17:00 CET is 16:00 UTC.
        assertEquals(Instant.parse("2026-10-26T16:00:00Z"), due(stockholm("2026-10-22T10:00")));
        assertEquals(Instant.parse("2026-10-27T16:00:00Z"), due(stockholm("2026-10-23T10:00")));
        // 02:30 happens twice that night; both are Sunday.
        assertEquals(Instant.parse("2026-10-27T16:00:00Z"), due(Instant.parse("2026-10-25T00:30:00Z")), "02:30 CEST");
        assertEquals(Instant.parse("2026-10-27T16:00:00Z"), due(Instant.parse("2026-10-25T01:30:00Z")), "02:30 CET");
        // Friday before the change, due across it.
        assertEquals(Instant.parse("2026-10-26T16:00:00Z"), calendar.callbackDue(stockholm("2026-10-23T10:00"), 1));
    }

    @Test
    void deadlinesCrossTheYearEnd() {
        // nyårsafton, nyårsdagen and the weekend are closed; trettondedag jul (Wed 6 Jan 2027) too.
        assertEquals(stockholm("2027-01-04T17:00"), due(stockholm("2026-12-29T11:00")));
        assertEquals(stockholm("2027-01-05T17:00"), due(stockholm("2026-12-30T11:00")));
        assertEquals(stockholm("2027-01-05T17:00"), due(stockholm("2026-12-31T23:59")));
        assertEquals(stockholm("2027-01-05T17:00"), due(stockholm("2027-01-01T00:00")));
        assertEquals(stockholm("2027-01-07T17:00"), due(stockholm("2027-01-04T08:00")));
    }

    @Test
    void aMunicipalityClosedDayMovesTheDeadline() {
        // Kristi himmelsfärdsdag is Thursday 14 May 2026; the municipality closes the Friday after.
        WorkingCalendar withBridgeDay = WorkingCalendar.builder()
                .localClosedDay(LocalDate.of(2026, 5, 15), "Klämdag efter Kristi himmelsfärdsdag")
                .build();
        Instant receivedAt = stockholm("2026-05-13T10:00");

        assertEquals(stockholm("2026-05-18T17:00"), calendar.callbackDue(receivedAt, CALLBACK_2WD));
        assertEquals(stockholm("2026-05-19T17:00"), withBridgeDay.callbackDue(receivedAt, CALLBACK_2WD));
        assertEquals(ClosedDayKind.LOCAL, withBridgeDay.closedDays(2026).stream()
                .filter(day -> day.date().equals(LocalDate.of(2026, 5, 15))).findFirst().orElseThrow().kind());
    }

    @Test
    void anEarlierEndOfWorkingDayMovesTheDueTime() {
        WorkingCalendar closesAtHalfFour = WorkingCalendar.builder().endOfWorkingDay(LocalTime.of(16, 30)).build();

        assertEquals(stockholm("2026-12-02T16:30"), closesAtHalfFour.callbackDue(stockholm("2026-11-30T10:00"), CALLBACK_2WD));
    }

    @Test
    void fridayHoursApplyWhenTheDeadlineIsAFriday() {
        WorkingCalendar shortFridays = WorkingCalendar.builder()
                .workingHours(DayOfWeek.FRIDAY, TimeRange.parse("08:00-15:00"))
                .build();

        assertEquals(stockholm("2026-12-04T15:00"), shortFridays.callbackDue(stockholm("2026-12-02T10:00"), CALLBACK_2WD));
        assertEquals(stockholm("2026-12-07T17:00"), shortFridays.callbackDue(stockholm("2026-12-03T10:00"), CALLBACK_2WD));
    }

    @Test
    void theNumberOfWorkingDaysIsConfigurable() {
        assertEquals(stockholm("2026-12-01T17:00"), calendar.callbackDue(stockholm("2026-11-30T10:00"), 1));
        assertEquals(stockholm("2026-12-07T17:00"), calendar.callbackDue(stockholm("2026-11-30T10:00"), 5));
        // 260-odd working days a year: a long deadline walks through several years.
        assertEquals(calendar.plusWorkingDays(LocalDate.of(2026, 11, 30), 1000),
                LocalDate.ofInstant(calendar.callbackDue(stockholm("2026-11-30T10:00"), 1000), WorkingCalendar.STOCKHOLM));
    }

    @Test
    void rejectsNoWorkingDaysAndUnsupportedYears() {
        assertThrows(IllegalArgumentException.class, () -> calendar.callbackDue(stockholm("2026-11-30T10:00"), 0));
        assertThrows(DateTimeException.class, () -> calendar.callbackDue(Instant.parse("1900-01-01T00:00:00Z"), 2));
        assertThrows(DateTimeException.class, () -> calendar.callbackDue(stockholm("2299-12-31T10:00"), 2));
    }
}
