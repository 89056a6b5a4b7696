package se.telefonpolicy.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One calendar year worked out in advance, so that every question the calendar answers is a few
 * array reads: which local day an instant falls on, whether it is a working day, the n-th working
 * day after it, and the working time up to an instant. Immutable once built.
 */
final class YearTable {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    final int year;
    final long firstEpochDay;
    final int length;
    /** Epoch second at which each local day starts; the extra last entry is the next year's start. */
    final long[] midnight;
    /** Named closed days of any kind, also those on weekends. */
    final boolean[] closed;
    final boolean[] working;
    /** Working days in this year before each day index; the extra last entry is the year's total. */
    final int[] workingBefore;
    final int workingDayCount;
    final LocalDate[] workingDateByOrdinal;
    final Instant[] endOfWorkByOrdinal;
    /** Start and end of working hours per day index, null on days that are not working days. */
    final Instant[] workStart;
    final Instant[] workEnd;
    /** Working time in this year before each day index, in nanoseconds (a year fits easily in a long). */
    final long[] workNanosBefore;
    final List<ClosedDay> closedDaysIncludingWeekends;
    final List<ClosedDay> closedWeekdays;

    YearTable(int year, ZoneId zone, List<ClosedDay> closedDays, Map<DayOfWeek, TimeRange> workingHours) {
        LocalDate first = LocalDate.of(year, 1, 1);
        this.year = year;
        this.firstEpochDay = first.toEpochDay();
        this.length = first.lengthOfYear();
        this.closedDaysIncludingWeekends = List.copyOf(closedDays);

        closed = new boolean[length];
        List<ClosedDay> weekdays = new ArrayList<>();
        for (ClosedDay day : closedDays) {
            closed[day.date().getDayOfYear() - 1] = true;
            if (workingHours.containsKey(day.date().getDayOfWeek())) {
                weekdays.add(day);
            }
        }
        this.closedWeekdays = List.copyOf(weekdays);

        midnight = new long[length + 1];
        working = new boolean[length];
        workingBefore = new int[length + 1];
        workStart = new Instant[length];
        workEnd = new Instant[length];
        workNanosBefore = new long[length + 1];
        List<LocalDate> workingDates = new ArrayList<>(length);
        List<Instant> workingEnds = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            LocalDate date = first.plusDays(i);
            midnight[i] = date.atStartOfDay(zone).toEpochSecond();
            TimeRange hours = workingHours.get(date.getDayOfWeek());
            working[i] = hours != null && !closed[i];
            workingBefore[i + 1] = workingBefore[i] + (working[i] ? 1 : 0);
            workNanosBefore[i + 1] = workNanosBefore[i];
            if (working[i]) {
                workStart[i] = ZonedDateTime.of(date, hours.start(), zone).toInstant();
                workEnd[i] = ZonedDateTime.of(date, hours.end(), zone).toInstant();
                workNanosBefore[i + 1] += nanosBetween(workStart[i], workEnd[i]);
                workingDates.add(date);
                workingEnds.add(workEnd[i]);
            }
        }
        midnight[length] = first.plusYears(1).atStartOfDay(zone).toEpochSecond();
        workingDayCount = workingBefore[length];
        workingDateByOrdinal = workingDates.toArray(LocalDate[]::new);
        endOfWorkByOrdinal = workingEnds.toArray(Instant[]::new);
    }

    boolean contains(long epochDay) {
        return epochDay >= firstEpochDay && epochDay < firstEpochDay + length;
    }

    /** Working time in this year up to the instant, which lies on the local day with this index. */
    long workNanosUpTo(int dayIndex, Instant instant) {
        Instant start = workStart[dayIndex];
        if (start == null || !instant.isAfter(start)) {
            return workNanosBefore[dayIndex];
        }
        Instant end = workEnd[dayIndex];
        return workNanosBefore[dayIndex] + nanosBetween(start, instant.isBefore(end) ? instant : end);
    }

    long totalWorkNanos() {
        return workNanosBefore[length];
    }

    static long nanosBetween(Instant from, Instant to) {
        return (to.getEpochSecond() - from.getEpochSecond()) * NANOS_PER_SECOND + (to.getNano() - from.getNano());
    }
}
