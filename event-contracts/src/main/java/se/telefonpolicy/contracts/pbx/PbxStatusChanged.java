package se.telefonpolicy.contracts.pbx;

import java.time.Instant;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Require;
import se.telefonpolicy.contracts.availability.DivertTarget;
import se.telefonpolicy.contracts.availability.PresenceStatus;

/**
 * The PBX reports a new presence status (a diversion, "hänvisning", set in the PBX or its apps).
 * availability-service normalises it into a StatusChanged on {@code availability.status.v1}.
 *
 * @param employeeId    whose status (the key)
 * @param status        the status, mapped by the connector from the PBX's own codes
 * @param changedAt     when it was set
 * @param returnAt      when the person is back, as told to callers; DIVERSION_RETURN_TIME needs it for
 *                      every status but AVAILABLE and IN_CALL
 * @param message       the free text callers are told; optional
 * @param divertTarget  where calls go meanwhile; optional
 * @param pbxStatusCode the PBX's own code for the status, for tracing the mapping; optional
 */
public record PbxStatusChanged(
        String employeeId,
        PresenceStatus status,
        Instant changedAt,
        Instant returnAt,
        String message,
        DivertTarget divertTarget,
        String pbxStatusCode) implements DomainEvent {

    public PbxStatusChanged {
        Require.text(employeeId, "employeeId");
        Require.value(status, "status");
        Require.value(changedAt, "changedAt");
        Require.optionalText(message, "message");
        Require.optionalText(pbxStatusCode, "pbxStatusCode");
    }

    @Override
    public EventType type() {
        return EventType.PBX_STATUS_CHANGED;
    }

    @Override
    public String key() {
        return employeeId;
    }

    @Override
    public String subject() {
        return employeeId;
    }

    @Override
    public Instant occurredAt() {
        return changedAt;
    }
}
