package se.telefonpolicy.availability.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.telefonpolicy.calendar.OpeningHours;
import se.telefonpolicy.calendar.TimeRange;
import se.telefonpolicy.contracts.availability.GapEndReason;

/**
 * SERVICE_DESK_STAFFED for one service desk, as a pure function of its opening hours and the
 * timeline of its staffed count. The same code serves the live evaluation (timeline up to the watermark)
 * and tests (fixed instants).
 *
 * <p>Reported times: a gap starts at the instant the count fell below the minimum during open time
 * (or at opening, if the desk opened understaffed) and ends at the instant the count recovered
 * (STAFFED) or the desk closed (CLOSED). Every gap is a gap; it is a breach only when it lasted strictly
 * longer than the grace. A shorter dip still counts as uncovered time, because the ratio measures what
 * callers actually met.
 *
 * <p>Evaluating [a, c) at once or [a, b) then [b, c) (carrying the gap open at b) gives the same gaps and the
 * same per-day sums, as long as every instant is a whole second: that is what lets the live evaluation follow
 * the watermark in steps of any size.
 */
public final class ServiceDeskCoverage {

    private final OpeningHours hours;
    private final ZoneId zone;
    private final int minimumStaffing;
    private final Duration grace;

    public ServiceDeskCoverage(OpeningHours hours, ZoneId zone, int minimumStaffing, Duration grace) {
        this.hours = Objects.requireNonNull(hours, "hours");
        this.zone = Objects.requireNonNull(zone, "zone");
        if (minimumStaffing < 1) {
            throw new IllegalArgumentException("minimumStaffing must be 1 or more");
        }
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative");
        }
        this.minimumStaffing = minimumStaffing;
        this.grace = grace;
    }

    public record Result(List<CoverageGap> gaps, Map<LocalDate, DayCoverage> days) {

        public List<CoverageGap> breaches() {
            return gaps.stream().filter(CoverageGap::breach).toList();
        }

        /** The day's coverage; zero open time when the desk was not open (weekend, holiday). */
        public DayCoverage day(LocalDate date) {
            return days.getOrDefault(date, new DayCoverage(date, 0, 0));
        }
    }

    /**
     * Evaluates [from, until).
     *
     * @param countAtFrom the staffed count at {@code from}
     * @param changes     later counts; those outside (from, until) are ignored
     */
    public Result evaluate(int countAtFrom, List<StaffedCount> changes, Instant from, Instant until) {
        return evaluate(countAtFrom, changes, from, until, null);
    }

    /**
     * Evaluates [from, until) continuing a gap that was already running at {@code from} (a live
     * evaluation picks up where the previous one stopped), so the gap keeps its real start and count.
     *
     * @param running the gap open at {@code from} (ongoing), or null
     */
    public Result evaluate(int countAtFrom, List<StaffedCount> changes, Instant from, Instant until, CoverageGap running) {
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("until must not be before from");
        }
        if (running != null && !running.ongoing()) {
            throw new IllegalArgumentException("the running gap must be ongoing");
        }
        if (until.equals(from)) {
            // nothing elapsed: a running gap simply goes on
            return new Result(running == null ? List.of() : List.of(ongoing(running, until)), Map.of());
        }
        List<StaffedCount> timeline = new ArrayList<>();
        timeline.add(new StaffedCount(from, countAtFrom));
        changes.stream()
                .filter(c -> c.at().isAfter(from) && c.at().isBefore(until))
                .sorted(Comparator.comparing(StaffedCount::at))
                .forEach(timeline::add);

        List<CoverageGap> gaps = new ArrayList<>();
        Map<LocalDate, DayCoverage> days = new LinkedHashMap<>();
        CoverageGap carried = running;
        LocalDate last = LocalDate.ofInstant(until, zone);
        for (LocalDate date = LocalDate.ofInstant(from, zone); !date.isAfter(last); date = date.plusDays(1)) {
            for (TimeRange range : hours.hoursOn(date)) {
                Instant opens = ZonedDateTime.of(date, range.start(), zone).toInstant();
                Instant closes = ZonedDateTime.of(date, range.end(), zone).toInstant();
                Instant start = opens.isAfter(from) ? opens : from;
                Instant end = closes.isBefore(until) ? closes : until;
                if (!start.isBefore(end)) {
                    continue;
                }
                evaluateOpenInterval(timeline, date, start, end, !closes.isAfter(until), until,
                        start.equals(from) ? carried : null, gaps, days);
                if (start.equals(from)) {
                    carried = null;
                }
            }
        }
        if (carried != null) {
            // A running gap is always ended by the closing it reaches, so "from" can only be closed
            // here if the state was written elsewhere; end it where we learnt the desk is closed.
            gaps.add(0, ended(carried.startedAt(), from, GapEndReason.CLOSED, carried.availableCount()));
        }
        return new Result(List.copyOf(gaps), Map.copyOf(days));
    }

    // One open interval: constant-count pieces between changes; a gap cannot outlive the interval.
    private void evaluateOpenInterval(List<StaffedCount> timeline, LocalDate date, Instant start, Instant end,
            boolean closesBeforeUntil, Instant until, CoverageGap carried, List<CoverageGap> gaps,
            Map<LocalDate, DayCoverage> days) {
        long open = Duration.between(start, end).getSeconds();
        long covered = 0;
        Instant gapStart = carried == null ? null : carried.startedAt();
        int gapCount = carried == null ? 0 : carried.availableCount();
        Instant pieceStart = start;
        int count = countAt(timeline, start);
        while (pieceStart.isBefore(end)) {
            Instant next = nextChangeAfter(timeline, pieceStart);
            Instant pieceEnd = next != null && next.isBefore(end) ? next : end;
            if (count >= minimumStaffing) {
                covered += Duration.between(pieceStart, pieceEnd).getSeconds();
                if (gapStart != null) {
                    gaps.add(ended(gapStart, pieceStart, GapEndReason.STAFFED, gapCount));
                    gapStart = null;
                }
            } else if (gapStart == null) {
                gapStart = pieceStart;
                gapCount = count;
            }
            pieceStart = pieceEnd;
            count = countAt(timeline, pieceStart);
        }
        if (gapStart != null) {
            // Closed before "until": the closing ends it. Otherwise it is still open at the evaluation instant.
            gaps.add(closesBeforeUntil ? ended(gapStart, end, GapEndReason.CLOSED, gapCount)
                    : ongoing(new CoverageGap(gapStart, null, null, gapCount, false), until));
        }
        days.merge(date, new DayCoverage(date, open, covered), (a, b) -> a.plus(b.openSeconds(), b.coveredSeconds()));
    }

    private CoverageGap ended(Instant startedAt, Instant endedAt, GapEndReason reason, int availableCount) {
        return new CoverageGap(startedAt, endedAt, reason, availableCount,
                Duration.between(startedAt, endedAt).compareTo(grace) > 0);
    }

    // still open at "until": a breach once it has lasted longer than the grace
    private CoverageGap ongoing(CoverageGap gap, Instant until) {
        return new CoverageGap(gap.startedAt(), null, null, gap.availableCount(),
                Duration.between(gap.startedAt(), until).compareTo(grace) > 0);
    }

    private static int countAt(List<StaffedCount> timeline, Instant at) {
        int count = timeline.get(0).count();
        for (StaffedCount c : timeline) {
            if (c.at().isAfter(at)) {
                break;
            }
            count = c.count();
        }
        return count;
    }

    private static Instant nextChangeAfter(List<StaffedCount> timeline, Instant at) {
        for (StaffedCount c : timeline) {
            if (c.at().isAfter(at)) {
                return c.at();
            }
        }
        return null;
    }
}
