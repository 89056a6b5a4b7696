package se.telefonpolicy.contracts.callback;

import java.time.Instant;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.Require;

/**
 * A callback task got a new assignee. The deadline stays: the caller was promised a time, not a person.
 *
 * @param taskId                 the task's id (the key)
 * @param fromEmployeeId         the previous assignee; absent if the task had none
 * @param toEmployeeId           the new assignee
 * @param unitId                 the unit accountable after the change; optional
 * @param reason                 why
 * @param reassignedByEmployeeId who did it; absent when callback-service did it by rule
 * @param reassignedAt           when
 * @param dueAt                  the task's (unchanged) deadline
 */
public record CallbackReassigned(
        String taskId,
        String fromEmployeeId,
        String toEmployeeId,
        String unitId,
        ReassignmentReason reason,
        String reassignedByEmployeeId,
        Instant reassignedAt,
        Instant dueAt) implements DomainEvent {

    public CallbackReassigned {
        Require.text(taskId, "taskId");
        Require.optionalText(fromEmployeeId, "fromEmployeeId");
        Require.text(toEmployeeId, "toEmployeeId");
        if (toEmployeeId.equals(fromEmployeeId)) {
            throw new InvalidEventException("toEmployeeId", "must differ from fromEmployeeId");
        }
        Require.optionalText(unitId, "unitId");
        Require.value(reason, "reason");
        Require.optionalText(reassignedByEmployeeId, "reassignedByEmployeeId");
        Require.value(reassignedAt, "reassignedAt");
        Require.value(dueAt, "dueAt");
    }

    @Override
    public EventType type() {
        return EventType.CALLBACK_REASSIGNED;
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
        return reassignedAt;
    }
}
