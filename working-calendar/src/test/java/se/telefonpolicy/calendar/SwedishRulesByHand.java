package se.telefonpolicy.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A second computation of the Swedish closed days, written from the law and the calendar rules
 * without jollyday, to check the calendar against.
 */
final class SwedishRulesByHand {

    private SwedishRulesByHand() {
    }

    /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    static List<ClosedDay> closedDays(int year) {
        LocalDate easter = easterSunday(year);
        LocalDate midsummerDay = firstSaturdayFrom(LocalDate.of(year, Month.JUNE, 20));
        List<ClosedDay> days = new ArrayList<>(List.of(
                publicDay(LocalDate.of(year, 1, 1), "Nyårsdagen"),
                publicDay(LocalDate.of(year, 1, 6), "Trettondedag jul"),
                publicDay(easter.minusDays(2), "Långfredagen"),
                publicDay(easter, "Påskdagen"),
                publicDay(easter.plusDays(1), "Annandag påsk"),
                publicDay(LocalDate.of(year, 5, 1), "Första maj"),
                publicDay(easter.plusDays(39), "Kristi himmelsfärdsdag"),
                publicDay(easter.plusDays(49), "Pingstdagen"),
                eve(midsummerDay.minusDays(1), "Midsommarafton"),
                publicDay(midsummerDay, "Midsommardagen"),
                publicDay(firstSaturdayFrom(LocalDate.of(year, Month.OCTOBER, 31)), "Alla helgons dag"),
                eve(LocalDate.of(year, 12, 24), "Julafton"),
                publicDay(LocalDate.of(year, 12, 25), "Juldagen"),
                publicDay(LocalDate.of(year, 12, 26), "Annandag jul"),
                eve(LocalDate.of(year, 12, 31), "Nyårsafton")));
        // SFS 2004:1089, in force 2005: nationaldagen became a holiday and annandag pingst stopped being one.
        days.add(year >= 2005
                ? publicDay(LocalDate.of(year, 6, 6), "Nationaldagen")
                : publicDay(easter.plusDays(50), "Annandag pingst"));
        days.sort(ClosedDay.CHRONOLOGICAL);
        return days;
    }

    static Set<LocalDate> closedDates(int year) {
        Set<LocalDate> dates = new HashSet<>();
        closedDays(year).forEach(day -> dates.add(day.date()));
        return dates;
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate firstSaturdayFrom(LocalDate date) {
        return date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    private static ClosedDay publicDay(LocalDate date, String name) {
        return new ClosedDay(date, name, ClosedDayKind.PUBLIC);
    }

    private static ClosedDay eve(LocalDate date, String name) {
        return new ClosedDay(date, name, ClosedDayKind.EVE);
    }
}
