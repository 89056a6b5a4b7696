package se.telefonpolicy.contracts.pbx;

import java.time.Instant;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Require;

/**
 * A caller left a message in a mailbox. Opens a CALLBACK_2WD callback task in callback-service.
 *
 * @param callId          the PBX's id of the call the message was left on
 * @param employeeId      the mailbox owner when it is a person's; exactly one of employeeId and unitId
 * @param unitId          the mailbox owner when it is a unit's or service desk's
 * @param callerNumber    E.164; absent when the caller withheld it (the task then relies on the message)
 * @param leftAt          when the message was left: the CALLBACK_2WD clock starts on its local date
 * @param durationSeconds the message's length, 0 or more
 */
public record VoicemailLeft(
        String callId,
        String employeeId,
        String unitId,
        String callerNumber,
        Instant leftAt,
        Integer durationSeconds) implements DomainEvent {

    public VoicemailLeft {
        Require.text(callId, "callId");
        CallParty.check(employeeId, unitId);
        Require.optionalE164(callerNumber, "callerNumber");
        Require.value(leftAt, "leftAt");
        Require.nonNegative(durationSeconds, "durationSeconds");
    }

    @Override
    public EventType type() {
        return EventType.VOICEMAIL_LEFT;
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
        return leftAt;
    }
}
