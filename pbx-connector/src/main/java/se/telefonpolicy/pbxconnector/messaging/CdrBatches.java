package se.telefonpolicy.pbxconnector.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.pbxconnector.domain.CdrMapping;
import se.telefonpolicy.pbxconnector.domain.CdrOutcome;
import se.telefonpolicy.pbxconnector.domain.CdrParser;
import se.telefonpolicy.pbxconnector.domain.CdrRejected;
import se.telefonpolicy.pbxconnector.domain.RejectReason;
import se.telefonpolicy.pbxconnector.persistence.DirectoryRepository;
import se.telefonpolicy.platform.inbox.Inbox;
import se.telefonpolicy.platform.messaging.BoundedTransactions;
import se.telefonpolicy.platform.messaging.DeadLetters;
import se.telefonpolicy.platform.outbox.Outbox;
import se.telefonpolicy.platform.outbox.OutboxMessage;

/**
 * Applies a polled batch of Asterisk CDRs in short transactions ({@link BoundedTransactions}): what {@code IncomingEvents.apply} does for
 * CloudEvents, for records that have no ce_* envelope. Each record is parsed and mapped; its events go
 * to the outbox, an unmappable record to {@code asterisk-cdr.dlq} with the platform's dead-letter headers
 * plus {@value #REASON_CODE_HEADER}; the inbox makes a redelivered record a no-op.
 *
 * <p>The inbox key is the record's content (a name-based UUID of topic and value): a CDR carries no event
 * id, its UniqueID is not unique across CDRs of one call, and the same record delivered twice — a
 * redelivery, or cdr_kafka's producer sending it again — has the same content.
 */
@ApplicationScoped
public class CdrBatches {

    public static final String REASON_CODE_HEADER = "dead-letter-reason-code";

    private static final Logger LOG = Logger.getLogger(CdrBatches.class);

    private final BoundedTransactions transactions;
    private final CdrMapping mapping;
    private final DirectoryRepository directory;
    private final Inbox inbox;
    private final Outbox outbox;
    private final PbxWatermark watermark;
    private final String consumerGroup;

    public CdrBatches(BoundedTransactions transactions, CdrMapping mapping, DirectoryRepository directory, Inbox inbox, Outbox outbox, PbxWatermark watermark,
            @ConfigProperty(name = "quarkus.application.name") String consumerGroup) {
        this.transactions = transactions;
        this.mapping = mapping;
        this.directory = directory;
        this.inbox = inbox;
        this.outbox = outbox;
        this.watermark = watermark;
        this.consumerGroup = consumerGroup;
    }

    /** What a batch came to, for the metrics (counted after the commit). */
    public record Summary(int records, int duplicates, Map<EventType, Integer> events,
            Map<RejectReason, Integer> rejected, Map<CdrOutcome.IgnoreReason, Integer> ignored) {

        Summary plusRecord() {
            return new Summary(records + 1, duplicates, events, rejected, ignored);
        }

        Summary plusDuplicate() {
            return new Summary(records, duplicates + 1, events, rejected, ignored);
        }

        Summary plus(Summary other) {
            Map<EventType, Integer> e = new EnumMap<>(EventType.class);
            Map<RejectReason, Integer> r = new EnumMap<>(RejectReason.class);
            Map<CdrOutcome.IgnoreReason, Integer> i = new EnumMap<>(CdrOutcome.IgnoreReason.class);
            for (Summary s : List.of(this, other)) {
                s.events.forEach((k, v) -> e.merge(k, v, Integer::sum));
                s.rejected.forEach((k, v) -> r.merge(k, v, Integer::sum));
                s.ignored.forEach((k, v) -> i.merge(k, v, Integer::sum));
            }
            return new Summary(records + other.records, duplicates + other.duplicates, e, r, i);
        }
    }

    public Summary apply(ConsumerRecords<String, String> batch) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>(batch.count());
        batch.forEach(records::add);
        List<Chunk> chunks = transactions.apply(records, Chunk::new, this::apply, chunk -> {
            outbox.publishAll(chunk.events);
            watermark.sent(chunk.events);
            outbox.addAll(chunk.deadLetters);
        });
        Summary summary = new Summary(0, 0, new EnumMap<>(EventType.class), new EnumMap<>(RejectReason.class),
                new EnumMap<>(CdrOutcome.IgnoreReason.class));
        for (Chunk chunk : chunks) {
            summary = summary.plus(chunk.summary);
        }
        return summary;
    }

    private void apply(Chunk chunk, ConsumerRecord<String, String> record) {
        Summary counts = chunk.summary;
        counts = counts.plusRecord();
        // first the inbox: a record applied, or refused, in a committed chunk is skipped when its batch comes again
        if (!inbox.firstDelivery(inboxId(record), record.topic())) {
            chunk.summary = counts.plusDuplicate();
            return;
        }
        CdrOutcome outcome;
        try {
            outcome = mapping.map(CdrParser.parse(record.value()), directory);
        } catch (CdrRejected refused) {
            LOG.warnf("Dead letter from %s-%d@%d: %s (%s)", record.topic(), record.partition(), record.offset(),
                    refused.getMessage(), refused.reason().code());
            chunk.deadLetters.add(deadLetter(record, refused));
            counts.rejected().merge(refused.reason(), 1, Integer::sum);
            chunk.summary = counts;
            return;
        }
        if (outcome.ignored() != null) {
            counts.ignored().merge(outcome.ignored(), 1, Integer::sum);
        }
        for (DomainEvent event : outcome.events()) {
            chunk.events.add(event);
            counts.events().merge(event.type(), 1, Integer::sum);
        }
        chunk.summary = counts;
    }

    /** What one transaction of a batch collected. */
    private static final class Chunk {
        final List<DomainEvent> events = new ArrayList<>();
        final List<OutboxMessage> deadLetters = new ArrayList<>();
        Summary summary = new Summary(0, 0, new EnumMap<>(EventType.class), new EnumMap<>(RejectReason.class),
                new EnumMap<>(CdrOutcome.IgnoreReason.class));
    }

    static UUID inboxId(ConsumerRecord<String, String> record) {
        String value = record.value() == null ? "" : record.value();
        return UUID.nameUUIDFromBytes((record.topic() + "\n" + value).getBytes(StandardCharsets.UTF_8));
    }

    /** The record unchanged, plus where it came from and why it was refused, and the reason's code. */
    private OutboxMessage deadLetter(ConsumerRecord<String, String> record, CdrRejected refused) {
        return DeadLetters.of(record, new InvalidEventException(refused.field(), refused.problem()), consumerGroup,
                Map.of(REASON_CODE_HEADER, refused.reason().code()));
    }
}
