package se.telefonpolicy.pbxconnector.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the connector promises about the PBX's time, plain Java. The PBX reports calls and presence as they
 * happen, so while events flow the promise is the latest event time sent; once the PBX has been quiet for
 * {@code idleAfter} on the wall clock, nothing older can still come, and the promise moves on with the clock
 * (less {@code idleAfter}). A replay through the webhook therefore keeps its own time while it runs, and only
 * an idle PBX lets the clock decide. Before the first event nothing is promised: a connector that has seen
 * nothing (e.g. beside the simulator, which sends its own heartbeats) must not move anyone's watermark.
 * The promise never goes back.
 */
public final class EdgeWatermark {

    private final Duration idleAfter;
    private Instant latestEventTime;
    private Instant lastReceivedAt;
    private Instant promised;

    public EdgeWatermark(Duration idleAfter) {
        this.idleAfter = idleAfter;
    }

    /** An event with this event time was sent, received at {@code receivedAt} on the wall clock. */
    public synchronized void sent(Instant eventTime, Instant receivedAt) {
        if (latestEventTime == null || eventTime.isAfter(latestEventTime)) {
            latestEventTime = eventTime;
        }
        if (lastReceivedAt == null || receivedAt.isAfter(lastReceivedAt)) {
            lastReceivedAt = receivedAt;
        }
    }

    /** The promise as of the wall clock's {@code now}; empty before the first event. */
    public synchronized Optional<Instant> current(Instant now) {
        if (latestEventTime == null) {
            return Optional.empty();
        }
        Instant candidate = latestEventTime;
        if (!now.isBefore(lastReceivedAt.plus(idleAfter))) {
            Instant clock = now.minus(idleAfter);
            if (clock.isAfter(candidate)) {
                candidate = clock;
            }
        }
        if (promised == null || candidate.isAfter(promised)) {
            promised = candidate;
        }
        return Optional.of(promised);
    }
}
