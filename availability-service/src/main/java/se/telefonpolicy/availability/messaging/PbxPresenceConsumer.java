package se.telefonpolicy.availability.messaging;

import java.time.temporal.ChronoUnit;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import se.telefonpolicy.availability.domain.Presence;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.availability.PresenceSource;
import se.telefonpolicy.contracts.pbx.PbxStatusChanged;
import se.telefonpolicy.platform.messaging.IncomingEvents;

/**
 * The PBX's presence reports: stored as everyone's current presence and published, normalised, on
 * availability.status.v1 — both in the batch's transaction.
 */
@ApplicationScoped
public class PbxPresenceConsumer {

    private final IncomingEvents incoming;
    private final PresenceChanges changes;

    public PbxPresenceConsumer(IncomingEvents incoming, PresenceChanges changes) {
        this.incoming = incoming;
        this.changes = changes;
    }

    /** A database or broker outage is waited out batch by batch; nothing is skipped. */
    @Incoming("pbx-presence")
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 365, durationUnit = ChronoUnit.DAYS)
    public void consume(ConsumerRecords<String, String> batch) {
        incoming.apply(batch, Set.of(EventType.PBX_STATUS_CHANGED), event -> apply((PbxStatusChanged) event));
    }

    /** An older report than the one known does not replace it (the newer one stands) but enters the history. */
    private void apply(PbxStatusChanged reported) {
        changes.apply(new Presence(reported.employeeId(), reported.status(), reported.changedAt(),
                reported.returnAt(), reported.message(), reported.divertTarget(), PresenceSource.PBX));
    }
}
