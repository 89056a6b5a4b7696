package se.telefonpolicy.contracts.pbx;

import java.time.Instant;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.Require;

/**
 * A call was passed on from the party it was addressed to. RIGHT_OFFICER counts a call transferred
 * three or more times as bounced, hence {@code transferCount}.
 *
 * @param callId                  the PBX's id of the call
 * @param employeeId              the employee the call was at; exactly one of employeeId and unitId
 * @param unitId                  the unit the call was at
 * @param toEmployeeId            the employee it went to; exactly one of toEmployeeId, toUnitId, toNumber
 * @param toUnitId                the unit it went to
 * @param toNumber                a number outside the directory it went to, E.164
 * @param transferredByEmployeeId who transferred it; absent when the PBX did (a forwarding rule)
 * @param transferCount           how many times this call has been transferred, this one included (1 or more)
 * @param transferredAt           when
 */
public record CallTransferred(
        String callId,
        String employeeId,
        String unitId,
        String toEmployeeId,
        String toUnitId,
        String toNumber,
        String transferredByEmployeeId,
        Integer transferCount,
        Instant transferredAt) implements DomainEvent {

    public static final String TARGET_FIELDS = "toEmployeeId|toUnitId|toNumber";

    public CallTransferred {
        Require.text(callId, "callId");
        CallParty.check(employeeId, unitId);
        Require.optionalText(toEmployeeId, "toEmployeeId");
        Require.optionalText(toUnitId, "toUnitId");
        Require.optionalE164(toNumber, "toNumber");
        Require.exactlyOne(TARGET_FIELDS, toEmployeeId, toUnitId, toNumber);
        Require.optionalText(transferredByEmployeeId, "transferredByEmployeeId");
        Require.positive(transferCount, "transferCount");
        Require.value(transferredAt, "transferredAt");
        if (toEmployeeId != null && toEmployeeId.equals(employeeId)) {
            throw new InvalidEventException("toEmployeeId", "must differ from employeeId: a call is not transferred to where it is");
        }
    }

    @Override
    public EventType type() {
        return EventType.CALL_TRANSFERRED;
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
        return transferredAt;
    }
}
