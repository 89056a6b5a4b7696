package se.telefonpolicy.compliance.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.telefonpolicy.calendar.OpeningHours;
import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.compliance.RuleId;

/**
 * A unit's figures for a period [from, to), as of {@code now} (see the README for each figure's definition).
 * Callback figures count CALLBACK_2WD tasks opened in the period; promise figures PROMISE_KEPT tasks opened in it.
 */
public record ReportFigures(
        int callbacksTotal,
        int callbacksOnTime,
        int callbacksLate,
        int callbacksStillOverdue,
        Double medianWorkingHoursToCallback,
        Double p90WorkingHoursToCallback,
        int promisesTotal,
        int promisesKept,
        int diversionsWithoutReturnTime,
        int staleDiversions,
        Double serviceDeskCoverageRatio,
        int directoryProblems,
        int voicemailProblems,
        int greetingProblems,
        int directoryCorrectProblems,
        long callsOffered,
        long callsAnswered,
        long callsMissed,
        Double answerRate,
        long bouncedCalls) {

    /** Everything the figures are computed from, read for the unit (and its sub-units) and the period. */
    public record Input(Instant from, Instant to, Instant now,
            List<CallbackDeadline> tasksOpenedInPeriod,
            List<Diversion> diversionsOverlappingPeriod,
            Map<String, Desk> serviceDesks,
            Map<RuleId, Integer> directoryProblemsByRule,
            int employeesWithDirectoryProblems,
            CallCounts calls) {
    }

    /** A service desk of the report: its hours, minimum staffing and, per active member, the times they were away. */
    public record Desk(OpeningHours hours, int minimumStaffing, List<List<Coverage.Away>> membersAway) {
    }

    public static ReportFigures compute(Input in, WorkingCalendar calendar, Duration staleGrace) {
        int total = 0;
        int onTime = 0;
        int late = 0;
        int overdue = 0;
        int promises = 0;
        int kept = 0;
        List<Double> hoursToCallback = new ArrayList<>();
        for (CallbackDeadline task : in.tasksOpenedInPeriod()) {
            if (task.ruleId() == RuleId.PROMISE_KEPT) {
                promises++;
                if (task.attemptOnTime().orElse(false)) {
                    kept++;
                }
                continue;
            }
            total++;
            var attempt = task.attemptOnTime();
            if (attempt.isPresent()) {
                if (attempt.get()) {
                    onTime++;
                } else {
                    late++;
                }
            } else if (task.isOverdue(in.now())) {
                overdue++;
            }
            task.workingHoursToCallback(calendar).ifPresent(hoursToCallback::add);
        }

        Instant asOf = in.now().isBefore(in.to()) ? in.now() : in.to();
        int withoutReturnTime = 0;
        int stale = 0;
        for (Diversion d : in.diversionsOverlappingPeriod()) {
            boolean startedInPeriod = !d.startedAt().isBefore(in.from()) && d.startedAt().isBefore(in.to());
            if (startedInPeriod && d.withoutReturnTime()) {
                withoutReturnTime++;
            }
            // a diversion counts as stale in the period in which it turned stale
            Instant staleAt = d.staleAt(staleGrace);
            if (staleAt != null && !staleAt.isBefore(in.from()) && staleAt.isBefore(in.to()) && d.isStale(asOf, staleGrace)) {
                stale++;
            }
        }

        Coverage coverage = Coverage.NONE;
        for (Desk desk : in.serviceDesks().values()) {
            coverage = coverage.plus(Coverage.ofStaffing(desk.hours(), desk.minimumStaffing(), desk.membersAway(),
                    in.from(), asOf));
        }

        Map<RuleId, Integer> problems = in.directoryProblemsByRule();
        return new ReportFigures(total, onTime, late, overdue,
                round(Percentiles.median(hoursToCallback), 2), round(Percentiles.p90(hoursToCallback), 2),
                promises, kept, withoutReturnTime, stale,
                round(coverage.ratio(), 4),
                in.employeesWithDirectoryProblems(),
                problems.getOrDefault(RuleId.VOICEMAIL_ENABLED, 0),
                problems.getOrDefault(RuleId.GREETING_RECORDED, 0),
                problems.getOrDefault(RuleId.DIRECTORY_CORRECT, 0),
                in.calls().offered(), in.calls().answered(), in.calls().missed(),
                round(in.calls().answerRate(), 4), in.calls().bounced());
    }

    private static Double round(Double value, int decimals) {
        if (value == null) {
            return null;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
