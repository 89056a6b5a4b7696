package se.telefonpolicy.contracts.directory;

import java.time.Instant;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Require;

/**
 * A unit was removed. On the wire a tombstone: key and ce_subject are the unit id, ce_time is
 * deletedAt, the value is null, so compaction drops the unit.
 *
 * @param unitId    the removed unit
 * @param deletedAt when
 */
public record UnitDeleted(String unitId, Instant deletedAt) implements DomainEvent {

    public UnitDeleted {
        Require.text(unitId, "unitId");
        Require.value(deletedAt, "deletedAt");
    }

    @Override
    public EventType type() {
        return EventType.UNIT_DELETED;
    }

    @Override
    public String key() {
        return unitId;
    }

    @Override
    public String subject() {
        return unitId;
    }

    @Override
    public Instant occurredAt() {
        return deletedAt;
    }
}
