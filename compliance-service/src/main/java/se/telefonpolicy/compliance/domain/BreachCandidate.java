package se.telefonpolicy.compliance.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import se.telefonpolicy.contracts.compliance.BreachSubjectType;
import se.telefonpolicy.contracts.compliance.RuleId;

/**
 * A breach a rule found, before it is recorded. {@code subjectKey} says what "once" means for the rule:
 * a task, a gap, one diversion of a person ({@code employee@start}) or one episode of a directory problem.
 * The breach id is derived from rule and key, so the same breach is never sent under two ids.
 */
public record BreachCandidate(RuleId ruleId, String subjectKey, BreachSubjectType subjectType, String subjectId,
        String unitId, String employeeId, Instant dueAt) {

    public BreachCandidate {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
    }

    public UUID breachId() {
        return UUID.nameUUIDFromBytes((ruleId.name() + "/" + subjectKey).getBytes(StandardCharsets.UTF_8));
    }

    public static BreachCandidate callback(CallbackDeadline task) {
        return new BreachCandidate(task.ruleId(), task.taskId(), BreachSubjectType.CALLBACK_TASK, task.taskId(),
                task.unitId(), task.employeeId(), task.dueAt());
    }

    public static BreachCandidate withoutReturnTime(Diversion d) {
        return new BreachCandidate(RuleId.DIVERSION_RETURN_TIME, d.employeeId() + "@" + d.startedAt(),
                BreachSubjectType.EMPLOYEE, d.employeeId(), d.unitId(), d.employeeId(), null);
    }

    public static BreachCandidate stale(Diversion d, java.time.Duration grace) {
        return new BreachCandidate(RuleId.DIVERSION_STALE, d.employeeId() + "@" + d.startedAt(),
                BreachSubjectType.EMPLOYEE, d.employeeId(), d.unitId(), d.employeeId(), d.staleAt(grace));
    }

    public static BreachCandidate unstaffed(CoverageGap gap, java.time.Duration grace) {
        return new BreachCandidate(RuleId.SERVICE_DESK_STAFFED, gap.gapId(), BreachSubjectType.COVERAGE_GAP,
                gap.gapId(), gap.unitId(), null, gap.breachAt(grace));
    }

    public static BreachCandidate directory(RuleId rule, String employeeId, String unitId, Instant since) {
        return new BreachCandidate(rule, employeeId + "@" + since, BreachSubjectType.EMPLOYEE, employeeId, unitId,
                employeeId, null);
    }
}
