package se.telefonpolicy.calendar;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.telefonpolicy.calendar.Times.stockholm;

class WorkingTimeTest {

    private final WorkingCalendar calendar = WorkingCalendar.sweden();

    private Duration between(String from, String to) {
        return calendar.workingTimeBetween(stockholm(from), stockholm(to));
    }

    @Test
    void withinOneWorkingDay() {
        assertEquals(Duration.ofMinutes(330), between("2026-11-30T10:00", "2026-11-30T15:30"));
        assertEquals(Duration.ofHours(9), between("2026-11-30T06:00", "2026-11-30T20:00"));
        assertEquals(Duration.ZERO, between("2026-11-30T17:00", "2026-12-01T08:00"));
        assertEquals(Duration.ofMillis(500), between("2026-11-30T10:00:00.500", "2026-11-30T10:00:01"));
    }

    @Test
    void aWeekWithAndWithoutHolidays() {
        assertEquals(Duration.ofHours(45), between("2026-11-30T00:00", "2026-12-07T00:00"));
        // julafton and juldagen fall on Thursday and Friday
        assertEquals(Duration.ofHours(27), between("2026-12-21T00:00", "2026-12-28T00:00"));
    }

    @Test
    void theSpringChangeDoesNotEatAWorkingHour() {
        // Clocks go forward on Sunday 29 March 2026: the weekend is an hour shorter, working time is not.
        Instant fridayNoon = stockholm("2026-03-27T12:00");
        Instant mondayNoon = stockholm("2026-03-30T12:00");

        assertEquals(Duration.ofHours(71), Duration.between(fridayNoon, mondayNoon));
        assertEquals(Duration.ofHours(9), calendar.workingTimeBetween(fridayNoon, mondayNoon));
        assertEquals(Duration.ofHours(49), between("2026-03-23T00:00", "2026-03-30T12:00"));
    }

    @Test
    void theAutumnChangeDoesNotAddAWorkingHour() {
        Instant fridayNoon = stockholm("2026-10-23T12:00");
        Instant mondayNoon = stockholm("2026-10-26T12:00");

        assertEquals(Duration.ofHours(73), Duration.between(fridayNoon, mondayNoon));
        assertEquals(Duration.ofHours(9), calendar.workingTimeBetween(fridayNoon, mondayNoon));
        // From inside the repeated hour, counted from either of its instants.
        assertEquals(Duration.ofHours(4), calendar.workingTimeBetween(Instant.parse("2026-10-25T00:30:00Z"), mondayNoon));
        assertEquals(Duration.ofHours(4), calendar.workingTimeBetween(Instant.parse("2026-10-25T01:30:00Z"), mondayNoon));
    }

    @Test
    void acrossTheYearEnd() {
        assertEquals(Duration.ofHours(2), between("2026-12-30T16:00", "2027-01-04T09:00"));
    }

    @Test
    void aWholeYearIsNineHoursPerWorkingDay() {
        for (int year = 2000; year <= 2050; year++) {
            long workingDays = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1))
                    .filter(date -> !SwedishRulesByHand.isWeekend(date))
                    .filter(date -> !SwedishRulesByHand.closedDates(date.getYear()).contains(date))
                    .count();
            assertEquals(Duration.ofHours(9 * workingDays),
                    between(year + "-01-01T00:00", (year + 1) + "-01-01T00:00"), "year " + year);
        }
        assertEquals(Duration.ofHours(9 * 251), between("2026-01-01T00:00", "2027-01-01T00:00"));
    }

    @Test
    void manyYearsAtOnce() {
        Duration expected = Duration.ZERO;
        for (int year = 2000; year < 2050; year++) {
            expected = expected.plus(between(year + "-01-01T00:00", (year + 1) + "-01-01T00:00"));
        }
        assertEquals(expected, between("2000-01-01T00:00", "2050-01-01T00:00"));
    }

    @Test
    void reversedInstantsGiveTheNegatedDuration() {
        assertEquals(Duration.ofHours(-27), between("2026-12-28T00:00", "2026-12-21T00:00"));
    }
}
