package se.telefonpolicy.contracts.availability;

import java.time.Instant;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.Require;

/**
 * A coverage gap ended. Carries its start too, so a consumer computes coverage from this event alone.
 *
 * @param gapId     the gap's id from CoverageGapStarted (ce_subject)
 * @param unitId    the service function's unit (the key)
 * @param startedAt when the gap started
 * @param endedAt   when it ended, not before startedAt
 * @param reason    why it ended
 */
public record CoverageGapEnded(
        String gapId,
        String unitId,
        Instant startedAt,
        Instant endedAt,
        GapEndReason reason) implements DomainEvent {

    public CoverageGapEnded {
        Require.text(gapId, "gapId");
        Require.text(unitId, "unitId");
        Require.value(startedAt, "startedAt");
        Require.value(endedAt, "endedAt");
        Require.value(reason, "reason");
        if (endedAt.isBefore(startedAt)) {
            throw new InvalidEventException("endedAt", "must not be before startedAt");
        }
    }

    @Override
    public EventType type() {
        return EventType.COVERAGE_GAP_ENDED;
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
        return endedAt;
    }
}
