package se.telefonpolicy.compliance.domain;

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
 * Whether a deadline was met and whether a diversion broke a rule are the owners' recorded decisions: nothing
 * here compares a time with the clock. {@code calls*} are first legs (one per call), {@code legs*} every leg.
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
        long legsOffered,
        long legsAnswered,
        long legsMissed,
        Double legAnswerRate,
        long bouncedCalls) {

    /** Everything the figures are computed from, read for the unit (and its sub-units) and the period. */
    public record Input(Instant from, Instant to, Instant now,
            List<CallbackDeadline> tasksOpenedInPeriod,
            List<DiversionViolation> diversionViolations,
            Map<String, Desk> serviceDesks,
            Map<RuleId, Integer> directoryProblemsByRule,
            int employeesWithDirectoryProblems,
            CallCounts calls) {
    }

    /** A service desk of the report: its hours and the coverage gaps availability-service decided for it. */
    public record Desk(OpeningHours hours, List<CoverageGap> gaps) {
    }

    public static ReportFigures compute(Input in, WorkingCalendar calendar) {
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
                if (task.onTime()) {
                    kept++;
                }
                continue;
            }
            total++;
            if (task.onTime()) {
                onTime++;
            } else if (task.late()) {
                late++;
            } else if (task.stillOverdue()) {
                overdue++;
            }
            task.workingHoursToCallback(calendar).ifPresent(hoursToCallback::add);
        }

        // each decision counts in the period in which the diversion broke the rule
        int withoutReturnTime = 0;
        int stale = 0;
        for (DiversionViolation v : in.diversionViolations()) {
            if (!v.within(in.from(), in.to())) {
                continue;
            }
            if (v.ruleId() == RuleId.DIVERSION_RETURN_TIME) {
                withoutReturnTime++;
            } else if (v.ruleId() == RuleId.DIVERSION_STALE) {
                stale++;
            }
        }

        Instant asOf = in.now().isBefore(in.to()) ? in.now() : in.to();
        Coverage coverage = Coverage.NONE;
        for (Desk desk : in.serviceDesks().values()) {
            coverage = coverage.plus(Coverage.of(desk.hours(), desk.gaps(), in.from(), asOf));
        }

        Map<RuleId, Integer> problems = in.directoryProblemsByRule();
        CallCounts.Legs first = in.calls().firstLegs();
        CallCounts.Legs legs = in.calls().legs();
        return new ReportFigures(total, onTime, late, overdue,
                round(Percentiles.median(hoursToCallback), 2), round(Percentiles.p90(hoursToCallback), 2),
                promises, kept, withoutReturnTime, stale,
                round(coverage.ratio(), 4),
                in.employeesWithDirectoryProblems(),
                problems.getOrDefault(RuleId.VOICEMAIL_ENABLED, 0),
                problems.getOrDefault(RuleId.GREETING_RECORDED, 0),
                problems.getOrDefault(RuleId.DIRECTORY_CORRECT, 0),
                first.offered(), first.answered(), first.missed(), round(first.answerRate(), 4),
                legs.offered(), legs.answered(), legs.missed(), round(legs.answerRate(), 4),
                in.calls().bounced());
    }

    private static Double round(Double value, int decimals) {
        if (value == null) {
            return null;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
