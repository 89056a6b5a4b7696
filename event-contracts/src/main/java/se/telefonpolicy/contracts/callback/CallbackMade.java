package se.telefonpolicy.contracts.callback;

import java.time.Instant;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.Require;

/**
 * A callback attempt was made: what CALLBACK_2WD and PROMISE_KEPT ask for by the due time, whether
 * or not the caller was reached. The task stays open until CallbackCompleted.
 *
 * @param taskId     the task's id (the key)
 * @param employeeId who called back
 * @param method     matched outbound call or manual registration
 * @param callId     the outbound call's PBX id; required for OUTBOUND_CALL
 * @param madeAt     when the attempt was made (the call's time, not the registration's)
 */
public record CallbackMade(
        String taskId,
        String employeeId,
        CallbackMethod method,
        String callId,
        Instant madeAt) implements DomainEvent {

    public CallbackMade {
        Require.text(taskId, "taskId");
        Require.text(employeeId, "employeeId");
        Require.value(method, "method");
        Require.optionalText(callId, "callId");
        if (method == CallbackMethod.OUTBOUND_CALL && callId == null) {
            throw new InvalidEventException("callId", "is required when method is OUTBOUND_CALL");
        }
        Require.value(madeAt, "madeAt");
    }

    @Override
    public EventType type() {
        return EventType.CALLBACK_MADE;
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
        return madeAt;
    }
}
