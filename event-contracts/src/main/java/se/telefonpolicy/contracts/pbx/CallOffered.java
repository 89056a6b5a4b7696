package se.telefonpolicy.contracts.pbx;

import java.time.Instant;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Require;

/**
 * An incoming call started ringing at an internal party. Every offered call ends in CallAnswered or
 * CallMissed (ANSWER_RATE counts them per unit).
 *
 * @param callId       the PBX's id of the call; the same on every event of the call
 * @param employeeId   the employee whose own number was called; exactly one of employeeId and unitId
 * @param unitId       the unit or service desk whose number was called
 * @param callerNumber E.164; absent when the caller withheld it
 * @param calledNumber the number dialled, E.164; optional
 * @param offeredAt    when it started ringing
 */
public record CallOffered(
        String callId,
        String employeeId,
        String unitId,
        String callerNumber,
        String calledNumber,
        Instant offeredAt) implements DomainEvent {

    public CallOffered {
        Require.text(callId, "callId");
        CallParty.check(employeeId, unitId);
        Require.optionalE164(callerNumber, "callerNumber");
        Require.optionalE164(calledNumber, "calledNumber");
        Require.value(offeredAt, "offeredAt");
    }

    @Override
    public EventType type() {
        return EventType.CALL_OFFERED;
    }

    @Override
    public String key() {
        return CallParty.key(employeeId, unitId);
    }

    @Override
    public String subject() {
        return callId;
    }

    @Override
    public Instant occurredAt() {
        return offeredAt;
    }
}
