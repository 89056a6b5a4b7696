package se.telefonpolicy.platform.watermark;

import java.time.Instant;
import java.util.Optional;

/**
 * What a service promises its consumers about the event time of what it sends from now on: the value of its
 * heartbeats and of the {@code ce_watermark} on its events. The default is {@link Watermarks#forwarded()}; a service at the edge (pbx-connector, fed by the PBX itself)
 * provides its own.
 */
public interface ProducerWatermark {

    /** Empty while the service knows nothing to promise: it then sends no heartbeat and stamps nothing. */
    Optional<Instant> current();

    /** The same, allowed to be a heartbeat interval old: for stamping every outgoing event cheaply. */
    default Optional<Instant> recent() {
        return current();
    }
}
