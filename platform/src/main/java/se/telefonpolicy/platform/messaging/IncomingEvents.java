package se.telefonpolicy.platform.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Heartbeat;
import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.platform.inbox.Inbox;
import se.telefonpolicy.platform.outbox.Outbox;
import se.telefonpolicy.platform.outbox.OutboxMessage;
import se.telefonpolicy.platform.watermark.Watermarks;

/**
 * How every consumer applies a polled batch: in one transaction, each record is checked against the
 * contract, skipped if its ce_id was applied before (inbox), handed to the service, or — when it
 * cannot be read — copied to {@code <topic>.dlq} with the reason (through the outbox, so a dead
 * letter is written exactly when the batch commits). One bad record never stops the stream. The latest event
 * time read on each partition moves the service's {@link Watermarks} in the same transaction; heartbeats do
 * only that.
 */
@ApplicationScoped
public class IncomingEvents {

    private static final Logger LOG = Logger.getLogger(IncomingEvents.class);

    private final Inbox inbox;
    private final Outbox outbox;
    private final Watermarks watermarks;
    private final String consumerGroup;

    public IncomingEvents(Inbox inbox, Outbox outbox, Watermarks watermarks,
            @ConfigProperty(name = "quarkus.application.name") String consumerGroup) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.watermarks = watermarks;
        this.consumerGroup = consumerGroup;
    }

    /**
     * @param accepted the event types this consumer expects; anything else is a dead letter
     * @param handler  applies one event; runs in the batch's transaction. It may refuse an event by
     *                 throwing {@link InvalidEventException} before it changes anything: the record becomes
     *                 a dead letter with that reason and the batch goes on. If the exception passes a
     *                 {@code @Transactional} method on its way, that method needs
     *                 {@code dontRollbackOn = InvalidEventException.class}, or the batch's transaction is doomed
     * @return what happened to the batch
     */
    @Transactional
    public BatchResult apply(ConsumerRecords<String, String> batch, Set<EventType> accepted, Consumer<DomainEvent> handler) {
        List<OutboxMessage> deadLetters = new ArrayList<>();
        PartitionTimes times = new PartitionTimes();
        int applied = 0;
        int duplicates = 0;
        for (ConsumerRecord<String, String> record : batch) {
            Map<String, String> headers = DeadLetters.lastHeaderValues(record);
            if (Heartbeat.isHeartbeat(headers)) {
                // a producer's promise about this partition's time: it moves the watermark and is not applied
                times.read(record, headers);
                continue;
            }
            EventEnvelope envelope;
            try {
                envelope = EventEnvelope.fromKafka(record.key(), headers, record.value());
                if (!accepted.contains(envelope.type())) {
                    throw new InvalidEventException(EventEnvelope.HEADER_TYPE,
                            "is not expected on " + record.topic() + ": " + envelope.type().ceType());
                }
            } catch (InvalidEventException e) {
                LOG.warnf("Dead letter from %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
                deadLetters.add(deadLetter(record, e));
                continue;
            }
            times.read(record, headers);
            if (!inbox.firstDelivery(envelope.id(), record.topic())) {
                duplicates++;
                continue;
            }
            try {
                handler.accept(envelope.event());
            } catch (InvalidEventException refused) {
                // the service refuses an event the contract allows (e.g. a voicemail nobody can call back);
                // a handler refuses before it changes anything, so nothing of it is half-applied
                LOG.warnf("Dead letter from %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), refused.getMessage());
                deadLetters.add(deadLetter(record, refused));
                continue;
            }
            applied++;
        }
        outbox.addAll(deadLetters);
        times.forEach(watermarks::advance);
        return new BatchResult(applied, duplicates, deadLetters.size());
    }

    /** How many records were applied, skipped as already applied, and sent to the dead-letter topic. */
    public record BatchResult(int applied, int duplicates, int deadLetters) {
    }

    /** Per topic and partition, the latest time the batch's records stand for ({@link Heartbeat#partitionTime}). */
    private static final class PartitionTimes {
        private final Map<String, Map<Integer, Instant>> latest = new HashMap<>();

        void read(ConsumerRecord<String, String> record, Map<String, String> headers) {
            Heartbeat.partitionTime(headers).ifPresent(t -> latest.computeIfAbsent(record.topic(), k -> new HashMap<>())
                    .merge(record.partition(), t, (a, b) -> a.isAfter(b) ? a : b));
        }

        void forEach(java.util.function.BiConsumer<String, Map<Integer, Instant>> action) {
            latest.forEach(action);
        }
    }

    private OutboxMessage deadLetter(ConsumerRecord<String, String> record, InvalidEventException failure) {
        return DeadLetters.of(record, failure, consumerGroup, Map.of());
    }
}
