package se.telefonpolicy.contracts.availability;

import java.time.Instant;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.Require;

/**
 * A service function has fewer people available than its minimum staffing, during its opening hours.
 * Sent at once; compliance-service applies the grace before SERVICE_DESK_STAFFED is breached.
 *
 * @param gapId           the gap's id, repeated by CoverageGapEnded (ce_subject)
 * @param unitId          the service function's unit (the key)
 * @param startedAt       when the count dropped below the minimum
 * @param availableCount  people available then, below minimumStaffing
 * @param minimumStaffing the unit's minimum, 1 or more
 */
public record CoverageGapStarted(
        String gapId,
        String unitId,
        Instant startedAt,
        Integer availableCount,
        Integer minimumStaffing) implements DomainEvent {

    public CoverageGapStarted {
        Require.text(gapId, "gapId");
        Require.text(unitId, "unitId");
        Require.value(startedAt, "startedAt");
        Require.nonNegative(availableCount, "availableCount");
        Require.positive(minimumStaffing, "minimumStaffing");
        if (availableCount >= minimumStaffing) {
            throw new InvalidEventException("availableCount", "must be below minimumStaffing for a gap");
        }
    }

    @Override
    public EventType type() {
        return EventType.COVERAGE_GAP_STARTED;
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
        return startedAt;
    }
}
