package se.telefonpolicy.contracts.callback;

import java.time.Instant;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.Require;
import se.telefonpolicy.contracts.compliance.RuleId;

/**
 * A callback task was opened.
 *
 * @param taskId             the task's id (the key)
 * @param origin             voicemail, promise or missed call
 * @param ruleId             the rule whose deadline dueAt is: CALLBACK_2WD or PROMISE_KEPT
 * @param unitId             the unit accountable; at least one of unitId and assigneeEmployeeId
 * @param assigneeEmployeeId who should call back; absent for a unit's mailbox until someone takes it
 * @param callId             the PBX call it came from; required for VOICEMAIL and MISSED_CALL
 * @param relatedTaskId      for a PROMISE made while handling another task, that task; optional
 * @param createdAt          when the task was opened
 * @param dueAt              the deadline: end of the 2nd working day (CALLBACK_2WD) or the agreed time (PROMISE_KEPT)
 */
public record CallbackCreated(
        String taskId,
        CallbackOrigin origin,
        RuleId ruleId,
        String unitId,
        String assigneeEmployeeId,
        String callId,
        String relatedTaskId,
        Instant createdAt,
        Instant dueAt) implements DomainEvent {

    public CallbackCreated {
        Require.text(taskId, "taskId");
        Require.value(origin, "origin");
        Require.value(ruleId, "ruleId");
        CallbackRules.check(ruleId);
        Require.optionalText(unitId, "unitId");
        Require.optionalText(assigneeEmployeeId, "assigneeEmployeeId");
        Require.atLeastOne("unitId|assigneeEmployeeId", unitId, assigneeEmployeeId);
        Require.optionalText(callId, "callId");
        if (origin.fromCall() && callId == null) {
            throw new InvalidEventException("callId", "is required when origin is " + origin);
        }
        Require.optionalText(relatedTaskId, "relatedTaskId");
        Require.value(createdAt, "createdAt");
        Require.value(dueAt, "dueAt");
    }

    @Override
    public EventType type() {
        return EventType.CALLBACK_CREATED;
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
        return createdAt;
    }
}
