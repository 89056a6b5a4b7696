package se.telefonpolicy.availability.domain;

import java.time.Duration;
import java.time.Instant;

import se.telefonpolicy.contracts.availability.GapEndReason;

/**
 * A maximal stretch of open time with fewer staffed members than the minimum (BRIEF, "Event time": every such
 * stretch is a gap; one longer than the grace is also a breach).
 *
 * @param startedAt      when the count fell below the minimum, or the desk opened while below it
 * @param endedAt        when the count recovered ({@code STAFFED}) or the desk closed ({@code CLOSED});
 *                       null while the gap is still open at the evaluation instant
 * @param endReason      null while open
 * @param availableCount the staffed members when it began (below the minimum)
 * @param breach         whether it is known to have lasted longer than the grace: SERVICE_DESK_STAFFED broken
 */
public record CoverageGap(Instant startedAt, Instant endedAt, GapEndReason endReason, int availableCount, boolean breach) {

    public boolean ongoing() {
        return endedAt == null;
    }

    /** start + grace: the instant the gap became a breach, if it lasted longer. */
    public Instant breachedAt(Duration grace) {
        return startedAt.plus(grace);
    }

    /** Its length in seconds; an ongoing gap's as far as {@code evaluatedUntil}. */
    public long seconds(Instant evaluatedUntil) {
        return Duration.between(startedAt, ongoing() ? evaluatedUntil : endedAt).getSeconds();
    }
}
