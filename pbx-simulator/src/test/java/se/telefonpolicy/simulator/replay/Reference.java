package se.telefonpolicy.simulator.replay;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.availability.PresenceStatus;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.contracts.directory.OpeningHours;

/**
 * The test's own reading of the policy (BRIEF, "Policy → rules" and "Event time"), written from the generated truth
 * and nothing of the services': which breaches the fortnight holds, each desk day's gaps, and the callback figures.
 * The breaches are those decided by {@code decidedBy} (the watermark the replay ends with).
 */
public final class Reference {

    public static final Duration STALE_GRACE = Duration.ofMinutes(15);
    public static final Duration COVERAGE_GRACE = Duration.ofMinutes(5);

    /** A breach as other systems see it, without the ids the services choose. */
    public record Breach(RuleId rule, String unitId, String employeeId, Instant detectedAt) {
    }

    /** One maximal uncovered interval of the desk's open time. */
    public record Gap(Instant start, Instant end, boolean breach) {
    }

    /** The callback figures of the unit's report. */
    public record Callbacks(int total, int onTime, int late, int stillOverdue) {
    }

    private Reference() {
    }

    public static List<Breach> breaches(Fortnight f, WorkingCalendar calendar, Instant decidedBy) {
        List<Breach> breaches = new ArrayList<>();
        for (Fortnight.Voicemail vm : f.truth().voicemails()) {
            Instant due = calendar.callbackDue(vm.leftAt(), 2);
            boolean met = vm.firstCallBackAt() != null && !vm.firstCallBackAt().isAfter(due);
            if (!met && !due.isAfter(decidedBy)) {
                breaches.add(new Breach(RuleId.CALLBACK_2WD, Fortnight.UNIT, vm.officer(), due));
            }
        }
        f.truth().statuses().forEach((person, changes) -> {
            String unit = Fortnight.DESK_MEMBERS.contains(person) ? Fortnight.DESK : Fortnight.UNIT;
            for (int i = 0; i < changes.size(); i++) {
                Fortnight.Status s = changes.get(i);
                if (!s.status().requiresReturnTime()) {
                    continue;
                }
                if (s.returnAt() == null) {
                    if (!s.at().isAfter(decidedBy)) {
                        breaches.add(new Breach(RuleId.DIVERSION_RETURN_TIME, unit, person, s.at()));
                    }
                    continue;
                }
                Instant staleAt = s.returnAt().plus(STALE_GRACE);
                Instant nextChange = i + 1 < changes.size() ? changes.get(i + 1).at() : null;
                boolean outlived = nextChange == null ? !staleAt.isAfter(decidedBy) : nextChange.isAfter(staleAt);
                if (outlived && !staleAt.isAfter(decidedBy)) {
                    breaches.add(new Breach(RuleId.DIVERSION_STALE, unit, person, staleAt));
                }
            }
        });
        for (Gap gap : gaps(f, calendar)) {
            if (gap.breach() && !gap.start().plus(COVERAGE_GRACE).isAfter(decidedBy)) {
                breaches.add(new Breach(RuleId.SERVICE_DESK_STAFFED, Fortnight.DESK, null, gap.start().plus(COVERAGE_GRACE)));
            }
        }
        breaches.sort(Comparator.comparing(Breach::detectedAt).thenComparing(Breach::rule)
                .thenComparing(b -> String.valueOf(b.employeeId())));
        return breaches;
    }

    /** Every gap of every working day of the replay, in time order. */
    public static List<Gap> gaps(Fortnight f, WorkingCalendar calendar) {
        List<Gap> gaps = new ArrayList<>();
        LocalDate last = f.end().atZone(Fortnight.ZONE).toLocalDate().minusDays(1);
        for (LocalDate day = f.monday(); !day.isAfter(last); day = day.plusDays(1)) {
            gaps.addAll(gaps(f, calendar, day));
        }
        return gaps;
    }

    /** The gaps of one day: in each opening interval, every maximal stretch with fewer members available than needed. */
    public static List<Gap> gaps(Fortnight f, WorkingCalendar calendar, LocalDate day) {
        List<Gap> gaps = new ArrayList<>();
        if (!calendar.isWorkingDay(day)) {
            return gaps;
        }
        for (OpeningHours hours : Fortnight.DESK_HOURS) {
            if (hours.day() != day.getDayOfWeek()) {
                continue;
            }
            Instant opens = day.atTime(hours.opens()).atZone(Fortnight.ZONE).toInstant();
            Instant closes = day.atTime(hours.closes()).atZone(Fortnight.ZONE).toInstant();
            // the moments the count can change within the interval, and the count after each
            TreeMap<Instant, Integer> counts = new TreeMap<>();
            counts.put(opens, availableAt(f, opens));
            for (String member : Fortnight.DESK_MEMBERS) {
                for (Fortnight.Status s : f.truth().statuses().get(member)) {
                    if (s.at().isAfter(opens) && s.at().isBefore(closes)) {
                        counts.put(s.at(), availableAt(f, s.at()));
                    }
                }
            }
            Instant gapStart = null;
            for (Map.Entry<Instant, Integer> e : counts.entrySet()) {
                boolean covered = e.getValue() >= Fortnight.DESK_MINIMUM;
                if (!covered && gapStart == null) {
                    gapStart = e.getKey();
                } else if (covered && gapStart != null) {
                    gaps.add(gap(gapStart, e.getKey()));
                    gapStart = null;
                }
            }
            if (gapStart != null) {
                gaps.add(gap(gapStart, closes));
            }
        }
        return gaps;
    }

    /** The share of the desk's open time in the fortnight with enough members available. */
    public static double coverageRatio(Fortnight f, WorkingCalendar calendar) {
        long open = 0;
        long uncovered = 0;
        for (LocalDate day = f.monday(); !day.isAfter(f.sunday()); day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            for (OpeningHours hours : Fortnight.DESK_HOURS) {
                if (hours.day() == day.getDayOfWeek()) {
                    open += Duration.between(hours.opens(), hours.closes()).getSeconds();
                }
            }
            for (Gap gap : gaps(f, calendar, day)) {
                uncovered += Duration.between(gap.start(), gap.end()).getSeconds();
            }
        }
        return open == 0 ? 1.0 : (double) (open - uncovered) / open;
    }

    /** Callbacks of the fortnight's messages: on time, late (called back after the deadline), still overdue. */
    public static Callbacks callbacks(Fortnight f, WorkingCalendar calendar) {
        int onTime = 0;
        int late = 0;
        int overdue = 0;
        for (Fortnight.Voicemail vm : f.truth().voicemails()) {
            Instant due = calendar.callbackDue(vm.leftAt(), 2);
            if (vm.firstCallBackAt() == null) {
                overdue++;
            } else if (vm.firstCallBackAt().isAfter(due)) {
                late++;
            } else {
                onTime++;
            }
        }
        return new Callbacks(f.truth().voicemails().size(), onTime, late, overdue);
    }

    private static Gap gap(Instant start, Instant end) {
        return new Gap(start, end, Duration.between(start, end).compareTo(COVERAGE_GRACE) > 0);
    }

    private static int availableAt(Fortnight f, Instant at) {
        int available = 0;
        for (String member : Fortnight.DESK_MEMBERS) {
            PresenceStatus status = null;
            for (Fortnight.Status s : f.truth().statuses().get(member)) {
                if (s.at().isAfter(at)) {
                    break;
                }
                status = s.status();
            }
            if (status == PresenceStatus.AVAILABLE || status == PresenceStatus.IN_CALL) {
                available++;
            }
        }
        return available;
    }
}
