package se.telefonpolicy.availability.messaging;

import java.time.temporal.ChronoUnit;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import se.telefonpolicy.availability.domain.Presence;
import se.telefonpolicy.availability.persistence.PresenceRepository;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.availability.PresenceSource;
import se.telefonpolicy.contracts.availability.StatusChanged;
import se.telefonpolicy.contracts.pbx.PbxStatusChanged;
import se.telefonpolicy.platform.messaging.IncomingEvents;
import se.telefonpolicy.platform.outbox.Outbox;

/**
 * The PBX's presence reports: stored as everyone's current presence and published, normalised, on
 * availability.status.v1 — both in the batch's transaction.
 */
@ApplicationScoped
public class PbxPresenceConsumer {

    private final IncomingEvents incoming;
    private final PresenceRepository presences;
    private final Outbox outbox;

    public PbxPresenceConsumer(IncomingEvents incoming, PresenceRepository presences, Outbox outbox) {
        this.incoming = incoming;
        this.presences = presences;
        this.outbox = outbox;
    }

    /** A database or broker outage is waited out batch by batch; nothing is skipped. */
    @Incoming("pbx-presence")
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 365, durationUnit = ChronoUnit.DAYS)
    public void consume(ConsumerRecords<String, String> batch) {
        incoming.apply(batch, Set.of(EventType.PBX_STATUS_CHANGED), event -> apply((PbxStatusChanged) event));
    }

    private void apply(PbxStatusChanged reported) {
        Presence next = new Presence(reported.employeeId(), reported.status(), reported.changedAt(),
                reported.returnAt(), reported.message(), reported.divertTarget(), PresenceSource.PBX);
        var current = presences.findPresence(reported.employeeId());
        if (next.isOlderThan(current.orElse(null))) {
            return;
        }
        presences.save(next);
        outbox.publish(new StatusChanged(next.employeeId(), null, next.status(),
                current.map(Presence::status).orElse(null), next.source(), next.since(), next.returnAt(),
                next.message(), next.divertTarget()));
    }
}
