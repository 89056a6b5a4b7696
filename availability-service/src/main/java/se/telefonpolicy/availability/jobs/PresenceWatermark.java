package se.telefonpolicy.availability.jobs;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.platform.watermark.Watermarks;

/**
 * The watermark every decision of this service waits for: all three rules depend on presence only, so it is
 * the watermark of pbx.presence.v1 (every partition, less the allowed lateness), in whole seconds as coverage
 * is counted.
 */
@ApplicationScoped
public class PresenceWatermark {

    public static final List<String> TOPICS = List.of(Topic.PBX_PRESENCE.topicName());

    private final Watermarks watermarks;

    public PresenceWatermark(Watermarks watermarks) {
        this.watermarks = watermarks;
    }

    /** Empty until every partition of pbx.presence.v1 has been read (an event or a heartbeat). */
    public Optional<Instant> current() {
        return watermarks.of(TOPICS).map(w -> w.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * In the caller's transaction: the job (one of telefonpolicy.watermark.decided-by) has decided everything up to
     * {@code through}, so the watermark this service forwards may pass it.
     */
    public void decided(String job, Instant through) {
        watermarks.decided(job, through);
    }
}
