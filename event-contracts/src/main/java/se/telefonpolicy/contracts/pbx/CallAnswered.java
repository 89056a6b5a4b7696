package se.telefonpolicy.contracts.pbx;

import java.time.Instant;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Require;

/**
 * A person answered an offered call.
 *
 * @param callId               the PBX's id of the call
 * @param employeeId           the employee whose own number was called; exactly one of employeeId and unitId
 * @param unitId               the unit or service desk whose number was called
 * @param answeredByEmployeeId who picked up: for a unit's number a member of it, for a personal number
 *                             the person or a colleague who picked up for them
 * @param answeredAt           when it was answered
 * @param waitSeconds          seconds the caller waited, 0 or more
 */
public record CallAnswered(
        String callId,
        String employeeId,
        String unitId,
        String answeredByEmployeeId,
        Instant answeredAt,
        Integer waitSeconds) implements DomainEvent {

    public CallAnswered {
        Require.text(callId, "callId");
        CallParty.check(employeeId, unitId);
        Require.text(answeredByEmployeeId, "answeredByEmployeeId");
        Require.value(answeredAt, "answeredAt");
        Require.nonNegative(waitSeconds, "waitSeconds");
    }

    @Override
    public EventType type() {
        return EventType.CALL_ANSWERED;
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
        return answeredAt;
    }
}
