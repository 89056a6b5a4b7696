package se.telefonpolicy.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.Heartbeat;
import se.telefonpolicy.platform.tx.AfterCommit;
import se.telefonpolicy.platform.watermark.ProducerWatermark;

/**
 * Writes events into the outbox table inside the caller's transaction: the state change and the
 * events it emits commit together or not at all. {@link OutboxRelay} sends them to Kafka.
 */
@ApplicationScoped
public class Outbox {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INSERT = """
            INSERT INTO outbox_message
              (id, topic, record_key, ce_type, ce_source, ce_subject, ce_time, payload, headers, created_at, kafka_partition)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)
            ON CONFLICT (id) DO NOTHING""";

    /** Marks a transaction that already asks the relay to run after it commits. */
    private static final Object WAKE_RELAY = new Object();

    private final DataSource dataSource;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final AfterCommit afterCommit;
    private final OutboxRelay relay;
    private final ProducerWatermark watermark;

    public Outbox(DataSource dataSource, Clock clock, TransactionSynchronizationRegistry transactions,
            AfterCommit afterCommit, OutboxRelay relay, ProducerWatermark watermark) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.transactions = transactions;
        this.afterCommit = afterCommit;
        this.relay = relay;
        this.watermark = watermark;
    }

    /** Publishes the event as a CloudEvent with a new ce_id; a tombstone type is sent with a null value. */
    @Transactional(TxType.MANDATORY)
    public UUID publish(DomainEvent event) {
        return publishAll(List.of(event)).get(0);
    }

    /** The same for many events, in one JDBC batch and in order; returns their ce_ids. */
    @Transactional(TxType.MANDATORY)
    public List<UUID> publishAll(List<? extends DomainEvent> events) {
        // a republishing service's events carry its watermark: its consumers take the partition's time from it,
        // not from ce_time, because what it republishes is not in event-time order (Heartbeat.partitionTime)
        Map<String, String> headers = watermark.recent()
                .map(w -> Map.of(Heartbeat.HEADER_WATERMARK, Heartbeat.format(w)))
                .orElse(Map.of());
        List<OutboxMessage> messages = events.stream().map(e -> toMessage(e, headers)).toList();
        addAll(messages);
        return messages.stream().map(OutboxMessage::id).toList();
    }

    /** Adds prepared messages, e.g. dead letters, in one JDBC batch and in order; an id already there is skipped. */
    @Transactional(TxType.MANDATORY)
    public void addAll(List<OutboxMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (OutboxMessage m : messages) {
                ps.setObject(1, m.id());
                ps.setString(2, m.topic());
                ps.setString(3, m.key());
                ps.setString(4, m.ceType());
                ps.setString(5, m.ceSource());
                ps.setString(6, m.ceSubject());
                ps.setTimestamp(7, m.ceTime() == null ? null : Timestamp.from(m.ceTime()));
                ps.setString(8, m.payload());
                ps.setString(9, JSON.writeValueAsString(m.headers()));
                ps.setTimestamp(10, now);
                ps.setObject(11, m.partition(), java.sql.Types.INTEGER);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not write to the outbox", e);
        }
        wakeRelayAfterCommit();
    }

    /** The rows go out as soon as they are committed, not at the relay's next tick (the tick stays as a safety net). */
    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_RELAY) != null) {
            return;
        }
        transactions.putResource(WAKE_RELAY, Boolean.TRUE);
        afterCommit.run(relay::wake);
    }

    private static OutboxMessage toMessage(DomainEvent event, Map<String, String> headers) {
        EventEnvelope envelope = EventEnvelope.of(event);
        return new OutboxMessage(envelope.id(), envelope.topic(), envelope.key(), envelope.type().ceType(),
                envelope.source().toString(), envelope.subject(), envelope.time(), envelope.data(), headers);
    }
}
