package se.telefonpolicy.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Swedish working days and working hours in Europe/Stockholm, and the deadlines built on them.
 *
 * <p>A working day is a Monday to Friday that is neither a public holiday (lag 1989:253), nor a closed
 * eve (midsommarafton, julafton, nyårsafton), nor one of the municipality's own closed days. Each
 * year is worked out once, on first use, so every operation is a handful of array reads.
 * Immutable and thread-safe: the year cache only ever fills in values that are the same whoever
 * computes them.
 */
public final class WorkingCalendar {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** Midsommardagen and alla helgons dag have fallen on Saturdays since 1953. */
    public static final int FIRST_SUPPORTED_YEAR = 1953;
    public static final int LAST_SUPPORTED_YEAR = 2299;
    public static final LocalDate FIRST_SUPPORTED_DAY = LocalDate.of(FIRST_SUPPORTED_YEAR, 1, 1);
    public static final LocalDate LAST_SUPPORTED_DAY = LocalDate.of(LAST_SUPPORTED_YEAR, 12, 31);
    public static final TimeRange DEFAULT_WORKING_HOURS = TimeRange.of(LocalTime.of(8, 0), LocalTime.of(17, 0));

    private static final long SECONDS_PER_DAY = 86_400L;
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    /** Epoch day of 1 January of each supported year, and of the year after the last. */
    private static final long[] YEAR_START_EPOCH_DAY = new long[LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR + 2];

    static {
        for (int i = 0; i < YEAR_START_EPOCH_DAY.length; i++) {
            YEAR_START_EPOCH_DAY[i] = LocalDate.of(FIRST_SUPPORTED_YEAR + i, 1, 1).toEpochDay();
        }
    }

    private final ZoneId zone = STOCKHOLM;
    private final Map<DayOfWeek, TimeRange> workingHours;
    private final Map<Integer, List<ClosedDay>> localClosedDaysByYear;
    private final AtomicReferenceArray<YearTable> years =
            new AtomicReferenceArray<>(LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR + 1);

    private WorkingCalendar(Map<DayOfWeek, TimeRange> workingHours, Map<Integer, List<ClosedDay>> localClosedDaysByYear) {
        this.workingHours = workingHours;
        this.localClosedDaysByYear = localClosedDaysByYear;
    }

    /** Whether the day lies in the supported years: a date from a request outside them is the client's error. */
    public static boolean supports(LocalDate day) {
        return !day.isBefore(FIRST_SUPPORTED_DAY) && !day.isAfter(LAST_SUPPORTED_DAY);
    }

    /** Swedish closed days, Monday to Friday 08:00–17:00 Europe/Stockholm; one shared instance. */
    public static WorkingCalendar sweden() {
        return Sweden.INSTANCE;
    }

    /** Starts from {@link #sweden()}'s rules; add the municipality's closed days and hours. */
    public static Builder builder() {
        return new Builder();
    }

    public ZoneId zone() {
        return zone;
    }

    /** Working hours on that day of the week; empty on Saturday and Sunday. */
    public Optional<TimeRange> workingHours(DayOfWeek day) {
        return Optional.ofNullable(workingHours.get(day));
    }

    public boolean isWorkingDay(LocalDate date) {
        return year(date.getYear()).working[date.getDayOfYear() - 1];
    }

    /** True on a named closed day of any kind, whatever the day of the week. */
    public boolean isClosedDay(LocalDate date) {
        return year(date.getYear()).closed[date.getDayOfYear() - 1];
    }

    /** True within working hours on a working day. */
    public boolean isWorkingTime(Instant instant) {
        long localDay = localEpochDay(instant.getEpochSecond());
        YearTable table = tableOfEpochDay(localDay);
        int index = (int) (localDay - table.firstEpochDay);
        return table.working[index] && !instant.isBefore(table.workStart[index]) && instant.isBefore(table.workEnd[index]);
    }

    /** The first working day strictly after the date. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return plusWorkingDays(date, 1);
    }

    /**
     * The n-th working day strictly after the date for n &gt; 0, strictly before it for n &lt; 0, and
     * the date itself for n = 0, whether or not it is a working day (like {@link LocalDate#plusDays}).
     */
    public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
        if (workingDays == 0) {
            return date;
        }
        YearTable table = year(date.getYear());
        int index = date.getDayOfYear() - 1;
        if (workingDays > 0) {
            int ordinal = table.workingBefore[index + 1] + workingDays - 1;
            while (ordinal >= table.workingDayCount) {
                ordinal -= table.workingDayCount;
                table = year(table.year + 1);
            }
            return table.workingDateByOrdinal[ordinal];
        }
        int ordinal = table.workingBefore[index] + workingDays;
        while (ordinal < 0) {
            table = year(table.year - 1);
            ordinal += table.workingDayCount;
        }
        return table.workingDateByOrdinal[ordinal];
    }

    /**
     * CALLBACK_2WD: the end of working hours on the n-th working day after the local date on which the
     * message was left. The time of day it was left does not matter, nor whether that date is a
     * working day: Friday 18:30 and Saturday both give Tuesday 17:00 for n = 2.
     */
    public Instant callbackDue(Instant receivedAt, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("workingDays must be at least 1, was " + workingDays);
        }
        long localDay = localEpochDay(receivedAt.getEpochSecond());
        YearTable table = tableOfEpochDay(localDay);
        int ordinal = table.workingBefore[(int) (localDay - table.firstEpochDay) + 1] + workingDays - 1;
        while (ordinal >= table.workingDayCount) {
            ordinal -= table.workingDayCount;
            table = year(table.year + 1);
        }
        return table.endOfWorkByOrdinal[ordinal];
    }

    /**
     * Time within working hours on working days between the instants; negative when {@code to} is
     * before {@code from}, like {@link Duration#between}, so that spans add up.
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        long fromDay = localEpochDay(from.getEpochSecond());
        long toDay = localEpochDay(to.getEpochSecond());
        YearTable fromYear = tableOfEpochDay(fromDay);
        YearTable toYear = tableOfEpochDay(toDay);
        Duration fullYears = Duration.ZERO;
        for (int year = fromYear.year; year < toYear.year; year++) {
            fullYears = fullYears.plusNanos(year(year).totalWorkNanos());
        }
        long toNanos = toYear.workNanosUpTo((int) (toDay - toYear.firstEpochDay), to);
        long fromNanos = fromYear.workNanosUpTo((int) (fromDay - fromYear.firstEpochDay), from);
        return fullYears.plusNanos(toNanos - fromNanos);
    }

    /** Closed days that fall Monday to Friday, i.e. the ones that take away a working day; date order. */
    public List<ClosedDay> closedDays(int year) {
        return year(year).closedWeekdays;
    }

    /** Every named closed day of the year, also those on a Saturday or Sunday (påskdagen, midsommardagen). */
    public List<ClosedDay> closedDaysIncludingWeekends(int year) {
        return year(year).closedDaysIncludingWeekends;
    }

    /** The local date of an instant, as an epoch day, read from the year tables instead of the zone rules. */
    private long localEpochDay(long epochSecond) {
        long utcDay = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
        YearTable table = tableOfEpochDay(utcDay);
        int index = (int) (utcDay - table.firstEpochDay);
        if (epochSecond >= table.midnight[index + 1]) {
            return utcDay + 1;
        }
        return epochSecond >= table.midnight[index] ? utcDay : utcDay - 1;
    }

    private YearTable tableOfEpochDay(long epochDay) {
        int last = YEAR_START_EPOCH_DAY.length - 1;
        if (epochDay < YEAR_START_EPOCH_DAY[0] || epochDay >= YEAR_START_EPOCH_DAY[last]) {
            throw unsupported(LocalDate.ofEpochDay(epochDay).getYear());
        }
        // 146,097 days per 400 years gives the year to within one; the table settles it.
        int index = (int) ((epochDay - YEAR_START_EPOCH_DAY[0]) * 400 / 146_097);
        if (index >= last) {
            index = last - 1;
        }
        while (YEAR_START_EPOCH_DAY[index] > epochDay) {
            index--;
        }
        while (YEAR_START_EPOCH_DAY[index + 1] <= epochDay) {
            index++;
        }
        return year(FIRST_SUPPORTED_YEAR + index);
    }

    private YearTable year(int year) {
        if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
            throw unsupported(year);
        }
        int index = year - FIRST_SUPPORTED_YEAR;
        YearTable table = years.get(index);
        if (table == null) {
            // Two threads may both build a year; the first one stored wins and both are equal.
            YearTable built = new YearTable(year, zone, closedDaysOf(year), workingHours);
            table = years.compareAndExchange(index, null, built);
            if (table == null) {
                table = built;
            }
        }
        return table;
    }

    private List<ClosedDay> closedDaysOf(int year) {
        List<ClosedDay> local = localClosedDaysByYear.getOrDefault(year, List.of());
        List<ClosedDay> swedish = SwedishHolidays.instance().closedDays(year);
        if (local.isEmpty()) {
            return swedish;
        }
        List<ClosedDay> all = new ArrayList<>(swedish);
        all.addAll(local);
        all.sort(ClosedDay.CHRONOLOGICAL);
        return all;
    }

    private static DateTimeException unsupported(int year) {
        return new DateTimeException("year " + year + " is outside the supported years "
                + FIRST_SUPPORTED_YEAR + "-" + LAST_SUPPORTED_YEAR);
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + zone + ", " + workingHours + ", local closed days " + localClosedDaysByYear.values() + "]";
    }

    private static final class Sweden {
        static final WorkingCalendar INSTANCE = builder().build();
    }

    /** Not thread-safe; build once from configuration and share the calendar. */
    public static final class Builder {
        private final Map<DayOfWeek, TimeRange> workingHours = new EnumMap<>(DayOfWeek.class);
        private final List<ClosedDay> localClosedDays = new ArrayList<>();

        private Builder() {
            WEEKDAYS.forEach(day -> workingHours.put(day, DEFAULT_WORKING_HOURS));
        }

        /** A day the municipality closes, e.g. a klämdag; listed with kind LOCAL. */
        public Builder localClosedDay(LocalDate date, String name) {
            Objects.requireNonNull(date, "date");
            if (date.getYear() < FIRST_SUPPORTED_YEAR || date.getYear() > LAST_SUPPORTED_YEAR) {
                throw unsupported(date.getYear());
            }
            localClosedDays.add(new ClosedDay(date, name, ClosedDayKind.LOCAL));
            return this;
        }

        /** The same working hours Monday to Friday. */
        public Builder workingHours(TimeRange hours) {
            WEEKDAYS.forEach(day -> workingHours(day, hours));
            return this;
        }

        /** Working hours of one weekday; Saturday and Sunday are never working days. */
        public Builder workingHours(DayOfWeek day, TimeRange hours) {
            Objects.requireNonNull(hours, "hours");
            if (!WEEKDAYS.contains(day)) {
                throw new IllegalArgumentException("only Monday to Friday have working hours, not " + day);
            }
            workingHours.put(day, hours);
            return this;
        }

        /** Moves the end of working hours, and so every callback due time, on every weekday. */
        public Builder endOfWorkingDay(LocalTime end) {
            WEEKDAYS.forEach(day -> workingHours.put(day, TimeRange.of(workingHours.get(day).start(), end)));
            return this;
        }

        public WorkingCalendar build() {
            Map<Integer, List<ClosedDay>> byYear = new HashMap<>();
            for (ClosedDay day : localClosedDays.stream().distinct().toList()) {
                byYear.computeIfAbsent(day.date().getYear(), year -> new ArrayList<>()).add(day);
            }
            byYear.replaceAll((year, days) -> List.copyOf(days));
            return new WorkingCalendar(Collections.unmodifiableMap(new EnumMap<>(workingHours)), Map.copyOf(byYear));
        }
    }
}
