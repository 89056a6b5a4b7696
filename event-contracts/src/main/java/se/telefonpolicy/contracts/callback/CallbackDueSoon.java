package se.telefonpolicy.contracts.callback;

import java.time.Instant;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Require;
import se.telefonpolicy.contracts.compliance.RuleId;

/**
 * A task with no callback attempt is close to its deadline: the alert the assignee and the manager
 * get before a breach. Sent once per task and deadline.
 *
 * @param taskId             the task's id (the key)
 * @param assigneeEmployeeId who should call back; at least one of assigneeEmployeeId and unitId
 * @param unitId             the unit accountable
 * @param managerEmployeeId  the unit's manager, to alert; optional
 * @param ruleId             CALLBACK_2WD or PROMISE_KEPT
 * @param dueAt              the deadline
 * @param warnedAt           when the warning was raised
 */
public record CallbackDueSoon(
        String taskId,
        String assigneeEmployeeId,
        String unitId,
        String managerEmployeeId,
        RuleId ruleId,
        Instant dueAt,
        Instant warnedAt) implements DomainEvent {

    public CallbackDueSoon {
        Require.text(taskId, "taskId");
        Require.optionalText(assigneeEmployeeId, "assigneeEmployeeId");
        Require.optionalText(unitId, "unitId");
        Require.atLeastOne("unitId|assigneeEmployeeId", unitId, assigneeEmployeeId);
        Require.optionalText(managerEmployeeId, "managerEmployeeId");
        Require.value(ruleId, "ruleId");
        CallbackRules.check(ruleId);
        Require.value(dueAt, "dueAt");
        Require.value(warnedAt, "warnedAt");
    }

    @Override
    public EventType type() {
        return EventType.CALLBACK_DUE_SOON;
    }

    @Override
    public String key() {
        return taskId;
    }

    @Override
    public String subject() {
        return taskId;
    }

    @Override
    public Instant occurredAt() {
        return warnedAt;
    }
}
