package se.telefonpolicy.callback.messaging;

import java.time.temporal.ChronoUnit;
import java.util.EnumSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.availability.StatusChanged;
import se.telefonpolicy.platform.messaging.IncomingEvents;

/**
 * People's presence from availability-service: each employee's history of changes, which the due-soon point's
 * absence check reads (jobs.AbsenceReassignments); each batch in one transaction.
 */
@ApplicationScoped
public class AvailabilityStatusConsumer {

    /** DiversionViolated shares the topic (keyed by employee); it is compliance's to record, nothing for tasks. */
    private static final EnumSet<EventType> STATUS_EVENTS = EnumSet.of(EventType.STATUS_CHANGED,
            EventType.DIVERSION_VIOLATED);

    private final IncomingEvents incoming;
    private final CallbackTaskService callbacks;

    public AvailabilityStatusConsumer(IncomingEvents incoming, CallbackTaskService callbacks) {
        this.incoming = incoming;
        this.callbacks = callbacks;
    }

    /** A database or broker outage is waited out batch by batch; nothing is skipped. */
    @Incoming("availability-status")
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 365, durationUnit = ChronoUnit.DAYS)
    public void consume(ConsumerRecords<String, String> batch) {
        incoming.apply(batch, STATUS_EVENTS, this::apply);
    }

    private void apply(DomainEvent event) {
        if (event instanceof StatusChanged change) {
            callbacks.statusChanged(change);
        }
    }
}
