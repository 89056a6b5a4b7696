package se.telefonpolicy.contracts.pbx;

import java.time.Instant;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Require;

/**
 * An offered call that no person answered. For units with missedCallsCreateTasks, callback-service
 * opens a callback task from it.
 *
 * @param callId       the PBX's id of the call
 * @param employeeId   the employee whose own number was called; exactly one of employeeId and unitId
 * @param unitId       the unit or service desk whose number was called
 * @param callerNumber E.164; absent when the caller withheld it
 * @param reason       why nobody answered
 * @param missedAt     when the call ended unanswered
 * @param waitSeconds  seconds the caller waited, 0 or more
 */
public record CallMissed(
        String callId,
        String employeeId,
        String unitId,
        String callerNumber,
        MissedCallReason reason,
        Instant missedAt,
        Integer waitSeconds) implements DomainEvent {

    public CallMissed {
        Require.text(callId, "callId");
        CallParty.check(employeeId, unitId);
        Require.optionalE164(callerNumber, "callerNumber");
        Require.value(reason, "reason");
        Require.value(missedAt, "missedAt");
        Require.nonNegative(waitSeconds, "waitSeconds");
    }

    @Override
    public EventType type() {
        return EventType.CALL_MISSED;
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
        return missedAt;
    }
}
