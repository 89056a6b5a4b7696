package se.telefonpolicy.contracts.availability;

import java.time.Instant;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.Require;

/**
 * availability-service's decision that a service desk broke SERVICE_DESK_STAFFED: a coverage gap in its
 * opening hours lasted longer than the grace. Decided on event time, once the watermark has passed the
 * gap's start plus the grace with the gap still open, from the members' presence applied in event-time
 * order, so any read order of the partitions gives the same decision. One event per gap;
 * compliance-service turns it into SlaBreached.
 *
 * @param gapId           the gap's id, the same as its CoverageGapStarted (ce_subject)
 * @param unitId          the service desk's unit (the key)
 * @param startedAt       when the gap began
 * @param breachedAt      startedAt plus the grace: when the gap became a breach
 * @param availableCount  people available when it began, below minimumStaffing
 * @param minimumStaffing the unit's minimum, 1 or more
 */
public record ServiceDeskUnstaffed(
        String gapId,
        String unitId,
        Instant startedAt,
        Instant breachedAt,
        Integer availableCount,
        Integer minimumStaffing) implements DomainEvent {

    public ServiceDeskUnstaffed {
        Require.text(gapId, "gapId");
        Require.text(unitId, "unitId");
        Require.value(startedAt, "startedAt");
        Require.value(breachedAt, "breachedAt");
        if (breachedAt.isBefore(startedAt)) {
            throw new InvalidEventException("breachedAt", "must not be before startedAt");
        }
        Require.nonNegative(availableCount, "availableCount");
        Require.positive(minimumStaffing, "minimumStaffing");
        if (availableCount >= minimumStaffing) {
            throw new InvalidEventException("availableCount", "must be below minimumStaffing for a gap");
        }
    }

    @Override
    public EventType type() {
        return EventType.SERVICE_DESK_UNSTAFFED;
    }

    @Override
    public String key() {
        return unitId;
    }

    @Override
    public String subject() {
        return gapId;
    }

    @Override
    public Instant occurredAt() {
        return breachedAt;
    }
}
