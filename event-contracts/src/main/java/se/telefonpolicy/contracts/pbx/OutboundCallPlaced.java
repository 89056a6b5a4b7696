package se.telefonpolicy.contracts.pbx;

import java.time.Instant;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Require;

/**
 * An employee called out. callback-service matches the called number against open tasks and turns a
 * match into CallbackMade: an attempt counts, answered or not.
 *
 * @param callId          the PBX's id of the call
 * @param employeeId      who called (the key)
 * @param calledNumber    the number called, E.164
 * @param placedAt        when it was dialled
 * @param answered        whether the other end answered; absent if the PBX reports at dial time
 * @param durationSeconds talk time, 0 or more; absent if the PBX reports at dial time
 */
public record OutboundCallPlaced(
        String callId,
        String employeeId,
        String calledNumber,
        Instant placedAt,
        Boolean answered,
        Integer durationSeconds) implements DomainEvent {

    public OutboundCallPlaced {
        Require.text(callId, "callId");
        Require.text(employeeId, "employeeId");
        Require.e164(calledNumber, "calledNumber");
        Require.value(placedAt, "placedAt");
        Require.optionalNonNegative(durationSeconds, "durationSeconds");
    }

    @Override
    public EventType type() {
        return EventType.OUTBOUND_CALL_PLACED;
    }

    @Override
    public String key() {
        return employeeId;
    }

    @Override
    public String subject() {
        return callId;
    }

    @Override
    public Instant occurredAt() {
        return placedAt;
    }
}
