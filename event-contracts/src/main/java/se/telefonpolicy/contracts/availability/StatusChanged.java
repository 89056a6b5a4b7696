package se.telefonpolicy.contracts.availability;

import java.time.Instant;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Require;

/**
 * A person's presence changed, whoever changed it. compliance-service evaluates DIVERSION_RETURN_TIME
 * and DIVERSION_STALE on it; callback-service reassigns tasks of people away past a due time.
 *
 * @param employeeId     whose status (the key)
 * @param unitId         the person's unit at the time, from the directory; absent if the directory has none
 * @param status         the new status
 * @param previousStatus the status before; absent for the first one known
 * @param source         where the change was made
 * @param changedAt      when it took effect
 * @param returnAt       when the person is back, as told to callers; see {@link PresenceStatus#requiresReturnTime()}
 * @param message        the free text callers are told; optional
 * @param divertTarget   where calls go meanwhile; optional
 */
public record StatusChanged(
        String employeeId,
        String unitId,
        PresenceStatus status,
        PresenceStatus previousStatus,
        PresenceSource source,
        Instant changedAt,
        Instant returnAt,
        String message,
        DivertTarget divertTarget) implements DomainEvent {

    public StatusChanged {
        Require.text(employeeId, "employeeId");
        Require.optionalText(unitId, "unitId");
        Require.value(status, "status");
        Require.value(source, "source");
        Require.value(changedAt, "changedAt");
        Require.optionalText(message, "message");
    }

    @Override
    public EventType type() {
        return EventType.STATUS_CHANGED;
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
