package se.telefonpolicy.compliance.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import se.telefonpolicy.calendar.OpeningHours;

/**
 * SERVICE_DESK_STAFFED's figure: covered time / opening time. Uncovered is the opening time inside the gaps
 * availability-service decided and published (every maximal stretch below the minimum staffing, whether or not it
 * outlasted the grace: a short dip is not a breach but still uncovered), for reports and today's live gauge alike;
 * compliance never judges again who was there.
 *
 * @param open    opening time in the period
 * @param covered opening time in the period outside every gap
 */
public record Coverage(Duration open, Duration covered) {

    public static final Coverage NONE = new Coverage(Duration.ZERO, Duration.ZERO);

    /** One desk's coverage between two instants; gaps still open count up to {@code to}. */
    public static Coverage of(OpeningHours hours, List<CoverageGap> gaps, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return NONE;
        }
        Duration open = hours.openTimeBetween(from, to);
        Duration uncovered = Duration.ZERO;
        for (CoverageGap gap : gaps) {
            CoverageGap.Interval part = gap.within(from, to);
            uncovered = uncovered.plus(hours.openTimeBetween(part.from(), part.to()));
        }
        Duration covered = open.minus(uncovered);
        return new Coverage(open, covered.isNegative() ? Duration.ZERO : covered);
    }

    public Coverage plus(Coverage other) {
        return new Coverage(open.plus(other.open), covered.plus(other.covered));
    }

    /** covered / open, between 0 and 1; null when the desk was never open in the period. */
    public Double ratio() {
        if (open.isZero()) {
            return null;
        }
        return (double) covered.toMillis() / open.toMillis();
    }
}
