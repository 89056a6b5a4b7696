package se.telefonpolicy.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SwedishClosedDaysTest {

    private final WorkingCalendar calendar = WorkingCalendar.sweden();

    @Test
    void everyClosedDayFrom2000To2050MatchesTheRulesComputedByHand() {
        for (int year = 2000; year <= 2050; year++) {
            assertEquals(SwedishRulesByHand.closedDays(year), calendar.closedDaysIncludingWeekends(year), "year " + year);
        }
    }

    @Test
    void closedDaysListsOnlyTheOnesThatTakeAWeekdayAway() {
        for (int year = 2000; year <= 2050; year++) {
            List<ClosedDay> expected = SwedishRulesByHand.closedDays(year).stream()
                    .filter(day -> !SwedishRulesByHand.isWeekend(day.date()))
                    .toList();
            assertEquals(expected, calendar.closedDays(year), "year " + year);
        }
    }

    @Test
    void everyDateFrom2000To2050IsAWorkingDayExactlyWhenAWeekdayThatIsNotClosed() {
        for (LocalDate date = LocalDate.of(2000, 1, 1); date.getYear() <= 2050; date = date.plusDays(1)) {
            Set<LocalDate> closed = SwedishRulesByHand.closedDates(date.getYear());
            boolean expected = !SwedishRulesByHand.isWeekend(date) && !closed.contains(date);
            assertEquals(expected, calendar.isWorkingDay(date), date.toString());
            assertEquals(closed.contains(date), calendar.isClosedDay(date), date.toString());
        }
    }

    @Test
    void handComputusAgreesWithPublishedEasterDates() {
        assertEquals(LocalDate.of(2000, 4, 23), SwedishRulesByHand.easterSunday(2000));
        assertEquals(LocalDate.of(2008, 3, 23), SwedishRulesByHand.easterSunday(2008));
        assertEquals(LocalDate.of(2011, 4, 24), SwedishRulesByHand.easterSunday(2011));
        assertEquals(LocalDate.of(2026, 4, 5), SwedishRulesByHand.easterSunday(2026));
        assertEquals(LocalDate.of(2038, 4, 25), SwedishRulesByHand.easterSunday(2038));
    }

    @Test
    void ascensionDayOnFirstOfMayKeepsBothNames() {
        List<ClosedDay> first = calendar.closedDays(2008).stream()
                .filter(day -> day.date().equals(LocalDate.of(2008, 5, 1)))
                .toList();

        assertEquals(List.of(
                new ClosedDay(LocalDate.of(2008, 5, 1), "Första maj", ClosedDayKind.PUBLIC),
                new ClosedDay(LocalDate.of(2008, 5, 1), "Kristi himmelsfärdsdag", ClosedDayKind.PUBLIC)), first);
    }

    @Test
    void whitMondayWasAHolidayUntil2004AndNationalDayIsOneFrom2005() {
        assertTrue(calendar.closedDays(2004).contains(
                new ClosedDay(LocalDate.of(2004, 5, 31), "Annandag pingst", ClosedDayKind.PUBLIC)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2003, 6, 6)), "6 June 2003, a Friday, was a working day");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2005, 5, 16)), "annandag pingst 2005 was a working day");
        assertTrue(calendar.closedDays(2008).contains(
                new ClosedDay(LocalDate.of(2008, 6, 6), "Nationaldagen", ClosedDayKind.PUBLIC)));
    }

    @Test
    void theEvesAreClosedWithKindEve() {
        List<ClosedDay> eves = calendar.closedDaysIncludingWeekends(2026).stream()
                .filter(day -> day.kind() == ClosedDayKind.EVE)
                .toList();

        assertEquals(List.of(
                new ClosedDay(LocalDate.of(2026, 6, 19), "Midsommarafton", ClosedDayKind.EVE),
                new ClosedDay(LocalDate.of(2026, 12, 24), "Julafton", ClosedDayKind.EVE),
                new ClosedDay(LocalDate.of(2026, 12, 31), "Nyårsafton", ClosedDayKind.EVE)), eves);
    }

    @Test
    void easterAndWhitsunEvesAreWorkingDaysWhenTheyFallOnWeekdays() {
        // jollyday reports no påskafton or pingstafton; they are Saturdays anyway, and stay unnamed.
        LocalDate easterEve = SwedishRulesByHand.easterSunday(2026).minusDays(1);
        assertTrue(calendar.closedDaysIncludingWeekends(2026).stream().noneMatch(day -> day.date().equals(easterEve)));
    }
}
