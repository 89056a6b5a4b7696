package se.telefonpolicy.pbxconnector.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

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
import se.telefonpolicy.platform.messaging.DeadLetters;
import se.telefonpolicy.platform.outbox.Outbox;
import se.telefonpolicy.platform.outbox.OutboxMessage;

/**
 * Applies a polled batch of Asterisk CDRs in one transaction: what {@code IncomingEvents.apply} does for
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

    private final CdrMapping mapping;
    private final DirectoryRepository directory;
    private final Inbox inbox;
    private final Outbox outbox;
    private final PbxWatermark watermark;
    private final String consumerGroup;

    public CdrBatches(CdrMapping mapping, DirectoryRepository directory, Inbox inbox, Outbox outbox, PbxWatermark watermark,
            @ConfigProperty(name = "quarkus.application.name") String consumerGroup) {
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
    }

    @Transactional
    public Summary apply(ConsumerRecords<String, String> batch) {
        List<DomainEvent> events = new ArrayList<>();
        List<OutboxMessage> deadLetters = new ArrayList<>();
        Map<EventType, Integer> eventCounts = new EnumMap<>(EventType.class);
        Map<RejectReason, Integer> rejected = new EnumMap<>(RejectReason.class);
        Map<CdrOutcome.IgnoreReason, Integer> ignored = new EnumMap<>(CdrOutcome.IgnoreReason.class);
        int records = 0;
        int duplicates = 0;
        for (ConsumerRecord<String, String> record : batch) {
            records++;
            CdrOutcome outcome;
            try {
                outcome = mapping.map(CdrParser.parse(record.value()), directory);
            } catch (CdrRejected refused) {
                LOG.warnf("Dead letter from %s-%d@%d: %s (%s)", record.topic(), record.partition(), record.offset(),
                        refused.getMessage(), refused.reason().code());
                deadLetters.add(deadLetter(record, refused));
                rejected.merge(refused.reason(), 1, Integer::sum);
                continue;
            }
            if (!inbox.firstDelivery(inboxId(record), record.topic())) {
                duplicates++;
                continue;
            }
            if (outcome.ignored() != null) {
                ignored.merge(outcome.ignored(), 1, Integer::sum);
            }
            for (DomainEvent event : outcome.events()) {
                events.add(event);
                eventCounts.merge(event.type(), 1, Integer::sum);
            }
        }
        outbox.publishAll(events);
        watermark.sent(events);
        outbox.addAll(deadLetters);
        return new Summary(records, duplicates, eventCounts, rejected, ignored);
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
