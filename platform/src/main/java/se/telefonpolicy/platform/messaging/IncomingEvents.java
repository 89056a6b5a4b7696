package se.telefonpolicy.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

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
 * How every consumer applies a polled batch: in short transactions ({@link BoundedTransactions}), each record is checked against the
 * contract, skipped if its ce_id was applied before (inbox), handed to the service, or — when it
 * cannot be read — copied to {@code <topic>.dlq} with the reason (through the outbox, so a dead
 * letter is written exactly when its record's chunk commits, once). One bad record never stops the stream. The latest event
 * time read on each partition moves the service's {@link Watermarks} in the same transaction; heartbeats do
 * only that.
 */
@ApplicationScoped
public class IncomingEvents {

    private static final Logger LOG = Logger.getLogger(IncomingEvents.class);

    private final BoundedTransactions transactions;
    private final Inbox inbox;
    private final Outbox outbox;
    private final Watermarks watermarks;
    private final String consumerGroup;

    public IncomingEvents(BoundedTransactions transactions, Inbox inbox, Outbox outbox, Watermarks watermarks,
            @ConfigProperty(name = "quarkus.application.name") String consumerGroup) {
        this.transactions = transactions;
        this.inbox = inbox;
        this.outbox = outbox;
        this.watermarks = watermarks;
        this.consumerGroup = consumerGroup;
    }

    /**
     * @param accepted the event types this consumer expects; anything else is a dead letter
     * @param handler  applies one event; runs in the transaction of the batch's chunk. It may refuse an event by
     *                 throwing {@link InvalidEventException} before it changes anything: the record becomes
     *                 a dead letter with that reason and the batch goes on. If the exception passes a
     *                 {@code @Transactional} method on its way, that method needs
     *                 {@code dontRollbackOn = InvalidEventException.class}, or the chunk's transaction is doomed
     * @return what happened to the batch
     */
    public BatchResult apply(ConsumerRecords<String, String> batch, Set<EventType> accepted, Consumer<DomainEvent> handler) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>(batch.count());
        batch.forEach(records::add);
        List<Chunk> chunks = transactions.apply(records, Chunk::new, (chunk, record) -> apply(chunk, record, accepted, handler),
                chunk -> {
                    outbox.addAll(chunk.deadLetters);
                    chunk.times.forEach(watermarks::advance);
                });
        return new BatchResult(chunks.stream().mapToInt(c -> c.applied).sum(), chunks.stream().mapToInt(c -> c.duplicates).sum(),
                chunks.stream().mapToInt(c -> c.deadLetters.size()).sum());
    }

    private void apply(Chunk chunk, ConsumerRecord<String, String> record, Set<EventType> accepted, Consumer<DomainEvent> handler) {
        Map<String, String> headers = DeadLetters.lastHeaderValues(record);
        if (Heartbeat.isHeartbeat(headers)) {
            // a producer's promise about this partition's time: it moves the watermark and is not applied
            chunk.times.read(record, headers);
            return;
        }
        EventEnvelope envelope;
        try {
            envelope = EventEnvelope.fromKafka(record.key(), headers, record.value());
            if (!accepted.contains(envelope.type())) {
                throw new InvalidEventException(EventEnvelope.HEADER_TYPE,
                        "is not expected on " + record.topic() + ": " + envelope.type().ceType());
            }
        } catch (InvalidEventException e) {
            deadLetter(chunk, record, e);
            return;
        }
        chunk.times.read(record, headers);
        if (!inbox.firstDelivery(envelope.id(), record.topic())) {
            chunk.duplicates++;
            return;
        }
        try {
            handler.accept(envelope.event());
        } catch (InvalidEventException refused) {
            // the service refuses an event the contract allows (e.g. a voicemail nobody can call back);
            // a handler refuses before it changes anything, so nothing of it is half-applied
            deadLetter(chunk, record, refused);
            return;
        }
        chunk.applied++;
    }

    /** Once per record, also when its batch is applied again after a later chunk failed: the record's place is its id. */
    private void deadLetter(Chunk chunk, ConsumerRecord<String, String> record, InvalidEventException reason) {
        UUID place = UUID.nameUUIDFromBytes(("dead-letter\n" + record.topic() + "\n" + record.partition() + "\n" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
        if (!inbox.firstDelivery(place, record.topic())) {
            chunk.duplicates++;
            return;
        }
        LOG.warnf("Dead letter from %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), reason.getMessage());
        chunk.deadLetters.add(DeadLetters.of(record, reason, consumerGroup, Map.of()));
    }

    /** What one transaction of a batch collected. */
    private static final class Chunk {
        final List<OutboxMessage> deadLetters = new ArrayList<>();
        final PartitionTimes times = new PartitionTimes();
        int applied;
        int duplicates;
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
}
