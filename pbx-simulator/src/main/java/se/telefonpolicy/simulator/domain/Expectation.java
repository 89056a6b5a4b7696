package se.telefonpolicy.simulator.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.telefonpolicy.calendar.WorkingCalendar;

/**
 * The figures a unit report should show for the simulated period, worked out from the simulator's own truth
 * (which calls it let someone answer, which callbacks it placed when), not from the services' code. The
 * definitions are the report's (compliance-service README): callback figures count the tasks opened in the
 * period; time to callback is working time from the message to the first attempt.
 */
public final class Expectation {

    /** One unit's figures, its own only (not its sub-units'). Null where there is nothing to measure. */
    public record UnitFigures(
            String unitId,
            int callbacksTotal,
            int callbacksOnTime,
            int callbacksLate,
            int callbacksStillOverdue,
            Double medianWorkingHoursToCallback,
            Double p90WorkingHoursToCallback,
            int diversionsWithoutReturnTime,
            int staleDiversions,
            Double serviceDeskCoverageRatio,
            long callsOffered,
            long callsAnswered,
            long callsMissed,
            Double answerRate,
            long bouncedCalls) {
    }

    private Expectation() {
    }

    /**
     * @param from     first local day of the report period
     * @param to       last local day (inclusive)
     * @param now      when the report is asked for: what is overdue, what has turned stale
     */
    public static Map<String, UnitFigures> perUnit(Municipality municipality, Truth truth, LocalDate from, LocalDate to,
            Instant now, WorkingCalendar calendar, Duration staleGrace) {
        ZoneId zone = calendar.zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Instant asOf = now.isBefore(end) ? now : end;
        Map<String, UnitFigures> figures = new TreeMap<>();
        for (Municipality.Unit unit : municipality.units()) {
            String id = unit.id();
            int total = 0;
            int onTime = 0;
            int late = 0;
            int overdue = 0;
            List<Double> hours = new ArrayList<>();
            for (Truth.Task task : truth.tasks()) {
                if (!task.unitId().equals(id) || !within(task.createdAt(), start, end)) {
                    continue;
                }
                total++;
                if (task.firstAttemptAt() != null) {
                    if (task.firstAttemptAt().isAfter(task.dueAt())) {
                        late++;
                    } else {
                        onTime++;
                    }
                    hours.add(workingHours(task.createdAt(), task.firstAttemptAt(), calendar));
                } else if (task.dueAt().isBefore(now)) {
                    overdue++;
                }
            }
            int withoutReturnTime = 0;
            int stale = 0;
            for (Truth.Diversion d : truth.diversions()) {
                if (!d.unitId().equals(id)) {
                    continue;
                }
                if (d.returnAt() == null && within(d.since(), start, end)) {
                    withoutReturnTime++;
                }
                if (d.returnAt() != null) {
                    Instant staleAt = d.returnAt().plus(staleGrace);
                    if (within(staleAt, start, end) && d.endedAt().isAfter(staleAt) && !staleAt.isAfter(asOf)) {
                        stale++;
                    }
                }
            }
            long open = 0;
            long covered = 0;
            for (Truth.DeskDay day : truth.deskDays()) {
                if (day.unitId().equals(id) && !day.date().isBefore(from) && !day.date().isAfter(to)) {
                    open += day.openSeconds();
                    covered += day.coveredSeconds();
                }
            }
            long offered = 0;
            long answered = 0;
            long bounced = 0;
            for (Truth.Call call : truth.calls()) {
                if (call.unitId().equals(id) && within(call.offeredAt(), start, end)) {
                    offered++;
                    answered += call.answered() ? 1 : 0;
                    bounced += call.transfers() >= 3 ? 1 : 0;
                }
            }
            figures.put(id, new UnitFigures(id, total, onTime, late, overdue,
                    round(median(hours), 2), round(p90(hours), 2), withoutReturnTime, stale,
                    unit.serviceDesk() && open > 0 ? round((double) covered / open, 4) : null,
                    offered, answered, offered - answered,
                    offered > 0 ? round((double) answered / offered, 4) : null, bounced));
        }
        return figures;
    }

    /** Working time (Monday to Friday working days, 08:00–17:00 local) between two instants, in hours. */
    static double workingHours(Instant from, Instant to, WorkingCalendar calendar) {
        ZoneId zone = calendar.zone();
        long seconds = 0;
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(to.atZone(zone).toLocalDate()); day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            Instant open = day.atTime(LocalTime.of(8, 0)).atZone(zone).toInstant();
            Instant close = day.atTime(LocalTime.of(17, 0)).atZone(zone).toInstant();
            Instant a = from.isAfter(open) ? from : open;
            Instant b = to.isBefore(close) ? to : close;
            if (b.isAfter(a)) {
                seconds += Duration.between(a, b).toSeconds();
            }
        }
        return seconds / 3600.0;
    }

    private static boolean within(Instant t, Instant start, Instant end) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Nearest rank. */
    static Double p90(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.max((int) Math.ceil(0.9 * sorted.size()), 1) - 1);
    }

    private static Double round(Double value, int decimals) {
        if (value == null) {
            return null;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    /** Units grouped by department, departments and units by name: the order the summary prints them in. */
    public static Map<Municipality.Unit, List<Municipality.Unit>> byDepartment(Municipality municipality) {
        Map<Municipality.Unit, List<Municipality.Unit>> departments = new LinkedHashMap<>();
        municipality.units().stream()
                .sorted(java.util.Comparator.comparing((Municipality.Unit u) -> municipality.departmentOf(u.id()).name())
                        .thenComparing(u -> u.parentId() == null ? "" : u.name()))
                .forEach(u -> departments.computeIfAbsent(municipality.departmentOf(u.id()), d -> new ArrayList<>()).add(u));
        return departments;
    }
}
