package se.telefonpolicy.compliance.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import se.telefonpolicy.contracts.availability.DiversionViolated;
import se.telefonpolicy.contracts.availability.ServiceDeskUnstaffed;
import se.telefonpolicy.contracts.callback.CallbackDeadlineDecided;
import se.telefonpolicy.contracts.callback.DeadlineVerdict;
import se.telefonpolicy.contracts.compliance.BreachSubjectType;
import se.telefonpolicy.contracts.compliance.RuleId;

/**
 * A breach before it is recorded. {@code subjectKey} says what "once" means for the rule: a task, a gap, a
 * diversion or one episode of a directory problem. Built from an owner's decision, everything in it is the
 * decision's (the breach id from rule and key, {@code detectedAt} the decision's event time), so a replay of
 * the decisions gives the same breaches; only a unit or manager the decision lacks is looked up at recording.
 *
 * @param unitId            null when the decision names none (the directory's unit of the employee is used)
 * @param managerEmployeeId null when the decision names none (the unit's manager in the directory is used)
 * @param detectedAt        the decision's event time (its ce_time); for a directory problem the sweep that saw it
 */
public record BreachCandidate(RuleId ruleId, String subjectKey, BreachSubjectType subjectType, String subjectId,
        String unitId, String managerEmployeeId, String employeeId, Instant dueAt, Instant detectedAt) {

    public BreachCandidate {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(detectedAt, "detectedAt");
    }

    public UUID breachId() {
        return breachId(ruleId, subjectKey);
    }

    /** Name-based (v3) from rule and subject key: the same breach is never sent under two ids, by any instance. */
    public static UUID breachId(RuleId rule, String subjectKey) {
        return UUID.nameUUIDFromBytes((rule.name() + "/" + subjectKey).getBytes(StandardCharsets.UTF_8));
    }

    /** CALLBACK_2WD or PROMISE_KEPT: callback-service decided the task OVERDUE (the only verdict that is a breach). */
    public static BreachCandidate overdue(CallbackDeadlineDecided d) {
        if (d.verdict() != DeadlineVerdict.OVERDUE) {
            throw new IllegalArgumentException("only an OVERDUE deadline is a breach, not " + d.verdict());
        }
        return new BreachCandidate(d.ruleId(), d.taskId(), BreachSubjectType.CALLBACK_TASK, d.taskId(), d.unitId(),
                d.managerEmployeeId(), d.assigneeEmployeeId(), d.dueAt(), d.occurredAt());
    }

    /** DIVERSION_RETURN_TIME or DIVERSION_STALE, once per diversion: availability-service's decision. */
    public static BreachCandidate violated(DiversionViolated v) {
        Instant dueAt = v.ruleId() == RuleId.DIVERSION_STALE ? v.violatedAt() : null;
        return new BreachCandidate(v.ruleId(), v.diversionId(), BreachSubjectType.EMPLOYEE, v.employeeId(), v.unitId(), null,
                v.employeeId(), dueAt, v.occurredAt());
    }

    /** SERVICE_DESK_STAFFED, once per gap: availability-service's decision; due at the gap's start plus the grace. */
    public static BreachCandidate unstaffed(ServiceDeskUnstaffed u) {
        return new BreachCandidate(RuleId.SERVICE_DESK_STAFFED, u.gapId(), BreachSubjectType.COVERAGE_GAP, u.gapId(),
                u.unitId(), null, null, u.breachedAt(), u.occurredAt());
    }

    /** A directory problem (state, not event time): one breach per episode, detected by the sweep that saw it. */
    public static BreachCandidate directory(RuleId rule, String employeeId, String unitId, Instant since, Instant detectedAt) {
        return new BreachCandidate(rule, employeeId + "@" + since, BreachSubjectType.EMPLOYEE, employeeId, unitId, null,
                employeeId, null, detectedAt);
    }
}
