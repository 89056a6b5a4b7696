package se.telefonpolicy.compliance.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import se.telefonpolicy.calendar.OpeningHours;

/**
 * SERVICE_DESK_STAFFED's figure: covered time / opening time. Uncovered is the opening time with fewer than
 * the minimum staffing there, whether or not it outlasted the grace (a short dip is not a breach but still
 * uncovered): from the members' diversions for reports ({@link #ofStaffing}), from availability-service's
 * published gaps for today's live gauge ({@link #of}).
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

    /** A time a desk member was away (a diversion); {@code until} null while it lasts. */
    public record Away(Instant from, Instant until) {

        boolean covers(Instant t) {
            return !t.isBefore(from) && (until == null || t.isBefore(until));
        }
    }

    /**
     * One desk's coverage from who was there: covered is the opening time in which at least
     * {@code minimumStaffing} members were not away. Computed from each member's diversions, in any order
     * they were read, so a replayed period gives the same ratio at any speed. A member counts as there
     * whenever no diversion of theirs covers the moment (this service sees diversions, not log-ins).
     *
     * @param membersAway per member, the times that member was away
     */
    public static Coverage ofStaffing(OpeningHours hours, int minimumStaffing, List<List<Away>> membersAway,
            Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return NONE;
        }
        java.util.TreeSet<Instant> cuts = new java.util.TreeSet<>(List.of(from, to));
        for (List<Away> member : membersAway) {
            for (Away away : member) {
                for (Instant t : new Instant[] { away.from(), away.until() }) {
                    if (t != null && t.isAfter(from) && t.isBefore(to)) {
                        cuts.add(t);
                    }
                }
            }
        }
        Duration open = Duration.ZERO;
        Duration covered = Duration.ZERO;
        Instant start = null;
        for (Instant cut : cuts) {
            if (start != null) {
                Duration openPart = hours.openTimeBetween(start, cut);
                Instant at = start;
                long there = membersAway.stream().filter(member -> member.stream().noneMatch(a -> a.covers(at))).count();
                open = open.plus(openPart);
                if (there >= minimumStaffing) {
                    covered = covered.plus(openPart);
                }
            }
            start = cut;
        }
        return new Coverage(open, covered);
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
