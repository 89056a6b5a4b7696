package se.telefonpolicy.contracts.callback;

import java.time.Instant;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.Require;
import se.telefonpolicy.contracts.compliance.RuleId;

/**
 * callback-service's decision on a task's deadline (CALLBACK_2WD or PROMISE_KEPT), made once its watermark
 * has passed the due time, so a call back that was made in time but read late never counts as missed. Every
 * task gets exactly one MET or OVERDUE; an OVERDUE task that is called back afterwards gets one LATE.
 * compliance-service turns OVERDUE into SlaBreached; it does not judge deadlines itself.
 *
 * @param taskId             the task's id (the key)
 * @param ruleId             CALLBACK_2WD or PROMISE_KEPT
 * @param verdict            MET, OVERDUE or LATE
 * @param assigneeEmployeeId who should call back at the due time; at least one of assigneeEmployeeId and unitId
 * @param unitId             the unit accountable
 * @param managerEmployeeId  that unit's manager, or the nearest above; optional
 * @param dueAt              the deadline
 * @param firstAttemptAt     the first attempt (or the moment the caller reached someone); absent for OVERDUE
 */
public record CallbackDeadlineDecided(
        String taskId,
        RuleId ruleId,
        DeadlineVerdict verdict,
        String assigneeEmployeeId,
        String unitId,
        String managerEmployeeId,
        Instant dueAt,
        Instant firstAttemptAt) implements DomainEvent {

    public CallbackDeadlineDecided {
        Require.text(taskId, "taskId");
        Require.value(ruleId, "ruleId");
        CallbackRules.check(ruleId);
        Require.value(verdict, "verdict");
        Require.optionalText(assigneeEmployeeId, "assigneeEmployeeId");
        Require.optionalText(unitId, "unitId");
        Require.atLeastOne("unitId|assigneeEmployeeId", unitId, assigneeEmployeeId);
        Require.optionalText(managerEmployeeId, "managerEmployeeId");
        Require.value(dueAt, "dueAt");
        switch (verdict) {
            case MET -> {
                Require.value(firstAttemptAt, "firstAttemptAt");
                if (firstAttemptAt.isAfter(dueAt)) {
                    throw new InvalidEventException("firstAttemptAt", "must be at or before dueAt for MET");
                }
            }
            case LATE -> {
                Require.value(firstAttemptAt, "firstAttemptAt");
                if (!firstAttemptAt.isAfter(dueAt)) {
                    throw new InvalidEventException("firstAttemptAt", "must be after dueAt for LATE");
                }
            }
            case OVERDUE -> {
                if (firstAttemptAt != null) {
                    throw new InvalidEventException("firstAttemptAt", "must be absent for OVERDUE");
                }
            }
        }
    }

    @Override
    public EventType type() {
        return EventType.CALLBACK_DEADLINE_DECIDED;
    }

    @Override
    public String key() {
        return taskId;
    }

    @Override
    public String subject() {
        return taskId;
    }

    /** The moment decided on, on event time: the due time for MET and OVERDUE, the attempt for LATE. */
    @Override
    public Instant occurredAt() {
        return verdict == DeadlineVerdict.LATE ? firstAttemptAt : dueAt;
    }
}
