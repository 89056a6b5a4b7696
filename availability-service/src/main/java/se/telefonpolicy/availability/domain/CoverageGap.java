package se.telefonpolicy.availability.domain;

import java.time.Duration;
import java.time.Instant;

import se.telefonpolicy.contracts.availability.GapEndReason;

/**
 * A stretch of open time with fewer staffed members than the minimum.
 *
 * @param startedAt     when the count fell below the minimum, or the desk opened while below it
 * @param endedAt       when the count recovered ({@code STAFFED}) or the desk closed ({@code CLOSED});
 *                      null while the gap is still open at the evaluation instant
 * @param endReason     null while open
 * @param lowestCount   the fewest staffed members seen in the evaluated window (a gap carried in from
 *                      an earlier evaluation and ending at once: minimum − 1, all that is known)
 * @param published     whether it lasted longer than the grace, i.e. whether CoverageGapStarted is due
 */
public record CoverageGap(Instant startedAt, Instant endedAt, GapEndReason endReason, int lowestCount, boolean published) {

    public boolean ongoing() {
        return endedAt == null;
    }

    /** The instant the gap became reportable (start + grace): the earliest moment CoverageGapStarted may go out. */
    public Instant reportableAt(Duration grace) {
        return startedAt.plus(grace);
    }
}
