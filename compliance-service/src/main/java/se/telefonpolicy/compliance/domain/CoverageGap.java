package se.telefonpolicy.compliance.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A service desk below its minimum staffing during opening hours (from availability.coverage.v1), for today's
 * live coverage gauges. Whether a gap broke SERVICE_DESK_STAFFED is availability-service's decision
 * (ServiceDeskUnstaffed), not this record's.
 *
 * @param endedAt null while it lasts
 */
public record CoverageGap(String gapId, String unitId, Instant startedAt, Instant endedAt) {

    public CoverageGap {
        Objects.requireNonNull(gapId, "gapId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** The part of the gap inside [from, to); the open end counts up to {@code to}. */
    public Interval within(Instant from, Instant to) {
        Instant start = startedAt.isAfter(from) ? startedAt : from;
        Instant end = endedAt == null || endedAt.isAfter(to) ? to : endedAt;
        return new Interval(start, end.isBefore(start) ? start : end);
    }

    public record Interval(Instant from, Instant to) {
        public Duration length() {
            return Duration.between(from, to);
        }
    }
}
