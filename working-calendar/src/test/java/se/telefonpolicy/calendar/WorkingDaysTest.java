package se.telefonpolicy.calendar;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.telefonpolicy.calendar.Times.stockholm;

class WorkingDaysTest {

    private final WorkingCalendar calendar = WorkingCalendar.sweden();

    @Test
    void swedenIsOneSharedCalendarWithDefaultHours() {
        assertSame(WorkingCalendar.sweden(), calendar);
        assertEquals(Optional.of(TimeRange.parse("08:00-17:00")), calendar.workingHours(DayOfWeek.MONDAY));
        assertEquals(Optional.empty(), calendar.workingHours(DayOfWeek.SATURDAY));
    }

    @Test
    void nextWorkingDaySkipsWeekendsAndClosedDays() {
        assertEquals(LocalDate.of(2026, 12, 1), calendar.nextWorkingDay(LocalDate.of(2026, 11, 30)));
        assertEquals(LocalDate.of(2026, 12, 7), calendar.nextWorkingDay(LocalDate.of(2026, 12, 4)));
        assertEquals(LocalDate.of(2026, 4, 7), calendar.nextWorkingDay(LocalDate.of(2026, 4, 2)), "easter");
        assertEquals(LocalDate.of(2026, 6, 22), calendar.nextWorkingDay(LocalDate.of(2026, 6, 18)), "midsummer");
        assertEquals(LocalDate.of(2027, 1, 4), calendar.nextWorkingDay(LocalDate.of(2026, 12, 30)), "new year");
    }

    @Test
    void plusWorkingDaysCountsBothWays() {
        assertEquals(LocalDate.of(2026, 12, 28), calendar.plusWorkingDays(LocalDate.of(2026, 12, 22), 2));
        assertEquals(LocalDate.of(2026, 12, 22), calendar.plusWorkingDays(LocalDate.of(2026, 12, 28), -2));
        assertEquals(LocalDate.of(2026, 12, 30), calendar.plusWorkingDays(LocalDate.of(2027, 1, 4), -1));
        assertEquals(LocalDate.of(2026, 12, 5), calendar.plusWorkingDays(LocalDate.of(2026, 12, 5), 0));
        assertEquals(LocalDate.of(2026, 12, 4), calendar.plusWorkingDays(LocalDate.of(2026, 12, 5), -1));
    }

    @Test
    void plusWorkingDaysThereAndBackIsTheStartOnWorkingDays() {
        for (LocalDate date = LocalDate.of(2025, 1, 1); date.getYear() < 2028; date = date.plusDays(1)) {
            if (calendar.isWorkingDay(date)) {
                for (int n = 1; n <= 30; n++) {
                    assertEquals(date, calendar.plusWorkingDays(calendar.plusWorkingDays(date, n), -n), date + " " + n);
                }
            }
        }
    }

    @Test
    void isWorkingTimeWithinHoursOnWorkingDaysOnly() {
        assertTrue(calendar.isWorkingTime(stockholm("2026-11-30T08:00")));
        assertTrue(calendar.isWorkingTime(stockholm("2026-11-30T16:59:59.999")));
        assertFalse(calendar.isWorkingTime(stockholm("2026-11-30T17:00")));
        assertFalse(calendar.isWorkingTime(stockholm("2026-11-30T07:59")));
        assertFalse(calendar.isWorkingTime(stockholm("2026-12-24T10:00")));
        assertFalse(calendar.isWorkingTime(stockholm("2026-12-05T10:00")));
    }

    @Test
    void localClosedDaysAreListedWithTheRestInDateOrder() {
        WorkingCalendar withBridgeDay = WorkingCalendar.builder()
                .localClosedDay(LocalDate.of(2026, 5, 15), "Klämdag")
                .localClosedDay(LocalDate.of(2026, 5, 15), "Klämdag")
                .build();

        assertEquals(calendar.closedDays(2026).size() + 1, withBridgeDay.closedDays(2026).size());
        assertEquals(new ClosedDay(LocalDate.of(2026, 5, 15), "Klämdag", ClosedDayKind.LOCAL),
                withBridgeDay.closedDays(2026).get(withBridgeDay.closedDays(2026).indexOf(
                        new ClosedDay(LocalDate.of(2026, 5, 14), "Kristi himmelsfärdsdag", ClosedDayKind.PUBLIC)) + 1));
        assertFalse(withBridgeDay.isWorkingDay(LocalDate.of(2026, 5, 15)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 5, 15)), "the shared calendar is untouched");
    }

    @Test
    void closedDaysOf2026() {
        assertEquals(16, calendar.closedDaysIncludingWeekends(2026).size());
        // påskdagen, pingstdagen (Sundays), nationaldagen, midsommardagen, alla helgons dag, annandag jul (Saturdays)
        assertEquals(10, calendar.closedDays(2026).size());
    }

    @Test
    void builderRejectsWeekendHoursAndBadRanges() {
        assertThrows(IllegalArgumentException.class,
                () -> WorkingCalendar.builder().workingHours(DayOfWeek.SATURDAY, TimeRange.parse("10:00-14:00")));
        assertThrows(IllegalArgumentException.class, () -> TimeRange.parse("17:00-08:00"));
        assertThrows(IllegalArgumentException.class,
                () -> WorkingCalendar.builder().endOfWorkingDay(LocalTime.of(7, 0)));
        assertThrows(IllegalArgumentException.class,
                () -> WorkingCalendar.builder().localClosedDay(LocalDate.of(2026, 5, 15), " "));
    }
}
