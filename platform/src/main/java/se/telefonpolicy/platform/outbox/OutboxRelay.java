package se.telefonpolicy.platform.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.Record;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import se.telefonpolicy.contracts.Heartbeat;
import se.telefonpolicy.contracts.Topic;

/**
 * Sends outbox rows to Kafka in the order they were written and marks them published once the
 * broker acknowledged them (acks=all). It waits for every send's outcome and gives up on none before the
 * producer has (see {@link #stallLimit}): a row is sent again only when the producer reported it failed, so
 * a broker outage shorter than the producer's delivery timeout leaves no duplicate (platform README, "Outbox
 * relay: why no duplicate"). And a row is marked sent before it is sent: one sent and never marked published (a
 * process killed between the two, a broker that wrote it but whose acknowledgement was lost) is in doubt, and
 * before the next batch {@link OutboxRecovery} marks published those already on their topic, so no ce_id goes out
 * twice. One relay at a time across all instances of a service (an advisory lock), so per-key order holds
 * when the service is scaled out.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };
    /** Any constant works: it only has to be the same for every instance of a service (own database). */
    private static final long RELAY_LOCK = 0x7e1ef0_0_0b0L;
    /** Added to the producer's own bounds: its callbacks arrive on its network thread, a little after the deadline. */
    private static final Duration STALL_MARGIN = Duration.ofSeconds(10);
    private static final Duration WAIT_LOG_EVERY = Duration.ofSeconds(30);

    private final MutinyEmitter<Record<String, String>> emitter;
    private final OutboxRecovery recovery;
    private final DataSource dataSource;
    private final Clock clock;
    private final boolean enabled;
    private final int batchSize;
    private final Duration keepPublished;
    private final Duration stallLimit;
    /** A plain thread, not a managed executor: no request or transaction context is carried into the relay. */
    private final ExecutorService waker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay-wake");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile boolean started;

    public OutboxRelay(
            @Channel("outbox") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
            MutinyEmitter<Record<String, String>> emitter,
            OutboxRecovery recovery,
            DataSource dataSource,
            Clock clock,
            @ConfigProperty(name = "telefonpolicy.outbox.relay-enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "telefonpolicy.outbox.batch-size", defaultValue = "500") int batchSize,
            @ConfigProperty(name = "telefonpolicy.outbox.keep-published", defaultValue = "P7D") Duration keepPublished,
            // the outbox channel's producer settings (platform microprofile-config.properties), Kafka's defaults otherwise
            @ConfigProperty(name = "mp.messaging.outgoing.outbox.delivery.timeout.ms", defaultValue = "120000") long deliveryTimeoutMs,
            @ConfigProperty(name = "mp.messaging.outgoing.outbox.max.block.ms", defaultValue = "60000") long maxBlockMs) {
        this.emitter = emitter;
        this.recovery = recovery;
        this.dataSource = dataSource;
        this.clock = clock;
        this.enabled = enabled;
        this.batchSize = batchSize;
        this.keepPublished = keepPublished;
        this.stallLimit = stallLimit(Duration.ofMillis(deliveryTimeoutMs), Duration.ofMillis(maxBlockMs));
    }

    /**
     * How long the relay waits for the next outcome of a batch's sends before it gives up on the rest. The producer
     * reports every send within {@code delivery.timeout.ms} after {@code send()} returned, and {@code send()} blocks
     * at most {@code max.block.ms}; sends are handed over one after another, so while the producer keeps its
     * promise no two outcomes are further apart than the sum. Giving up sooner (the old fixed 30 s) re-sent rows
     * the producer was still retrying, and both copies arrived.
     */
    static Duration stallLimit(Duration deliveryTimeout, Duration maxBlock) {
        return deliveryTimeout.plus(maxBlock).plus(STALL_MARGIN);
    }

    /** Runs the relay soon on its own thread; wakes that arrive while one is pending are one run. */
    public void wake() {
        if (started && wakeQueued.compareAndSet(false, true)) {
            waker.execute(() -> {
                wakeQueued.set(false);
                relayPending();
            });
        }
    }

    void onStart(@Observes StartupEvent event) {
        started = true;
    }

    void onStop(@Observes ShutdownEvent event) {
        started = false;
        waker.shutdown();
    }

    // the emitter is wired to Kafka only once the application has started
    @Scheduled(every = "${telefonpolicy.outbox.interval:1s}", skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void relayPending() {
        if (!enabled) {
            return;
        }
        try {
            while (relayBatch() == batchSize) {
                // a full batch means more may be waiting: go on without waiting for the next tick
            }
        } catch (RuntimeException e) {
            // the rows stay unpublished and are tried again on the next tick
            LOG.warnf("Outbox relay paused: %s", e.getMessage());
        }
    }

    /**
     * Sends one batch; returns how many rows it published. Plain JDBC, not JTA: the wait for the broker's acks must
     * not run inside a JTA transaction, whose context Mutiny would carry to the Kafka threads (Narayana then refuses
     * the commit: "multiple threads active within it"). Three steps, each committed: rows in doubt found on their
     * topic are marked published; the batch is marked sent; once the broker acknowledged it, published. The relay
     * lock is a session lock, held across the three.
     */
    public int relayBatch() {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            if (!tryRelayLock(c)) {
                c.commit();
                c.setAutoCommit(autoCommit);
                return 0;
            }
            try {
                markWhatIsOnItsTopic(c);
                c.commit();
                return relayBatch(c);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                unlockRelay(c);
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Outbox relay could not read the outbox", e);
        }
    }

    private int relayBatch(Connection c) throws SQLException {
        List<Long> seqs = new ArrayList<>();
        List<String> streams = new ArrayList<>();
        List<Message<Record<String, String>>> messages = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT seq, id, topic, record_key, ce_type, ce_source, ce_subject, ce_time, payload, headers::text, kafka_partition
                FROM outbox_message WHERE published_at IS NULL ORDER BY seq LIMIT ?""")) {
            ps.setInt(1, batchSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seqs.add(rs.getLong(1));
                    int partition = rs.getInt("kafka_partition");
                    streams.add(Acknowledgements.stream(rs.getString("topic"), rs.getString("record_key"),
                            rs.wasNull() ? null : partition));
                    messages.add(toMessage(rs));
                }
            }
        }
        if (seqs.isEmpty()) {
            c.commit();
            return 0;
        }
        // committed before the first send: a process killed from here on leaves these rows in doubt, not forgotten
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_message SET sent_at = ? WHERE seq = ANY(?)")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setArray(2, c.createArrayOf("bigint", seqs.toArray()));
            ps.executeUpdate();
        }
        c.commit();
        List<Boolean> acked = sendAndAwaitOutcomes(messages);
        List<Long> sent = Acknowledgements.publishable(streams, acked).stream().map(seqs::get).toList();
        if (sent.size() < seqs.size()) {
            LOG.warnf("Outbox relay: %d of %d rows not acknowledged by the broker; they are sent again on the next run"
                    + " unless they are on their topic by then", seqs.size() - sent.size(), seqs.size());
        }
        if (!sent.isEmpty()) {
            markPublished(c, "seq", "bigint", sent.toArray());
        }
        c.commit();
        return sent.size();
    }

    /** Rows sent without an acknowledgement seen (a killed process, a wait that ended) that are on their topic: marked, not sent again. */
    private void markWhatIsOnItsTopic(Connection c) throws SQLException {
        Map<String, java.util.Set<UUID>> inDoubt = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, topic FROM outbox_message WHERE published_at IS NULL AND sent_at IS NOT NULL ORDER BY seq LIMIT ?""")) {
            ps.setInt(1, 2 * batchSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    inDoubt.computeIfAbsent(rs.getString(2), t -> new java.util.HashSet<>()).add(rs.getObject(1, UUID.class));
                }
            }
        }
        java.util.Set<UUID> found = recovery.alreadyOnTheirTopics(inDoubt, 4 * batchSize);
        if (!found.isEmpty()) {
            markPublished(c, "id", "uuid", found.toArray());
        }
    }

    private void markPublished(Connection c, String column, String type, Object[] rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE outbox_message SET published_at = ? WHERE " + column + " = ANY(?)")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setArray(2, c.createArrayOf(type, rows));
            ps.executeUpdate();
        }
        // a dead letter is a copy of what came in, which may hold personal data (a caller number): once the
        // <topic>.dlq has it, it is not kept here for troubleshooting like the service's own events
        // heartbeats are spent once sent: nothing to look at later, and there are many
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM outbox_message WHERE " + column + " = ANY(?) AND (topic LIKE '%" + Topic.DLQ_SUFFIX + "' OR ce_type = '"
                        + Heartbeat.CE_TYPE + "')")) {
            ps.setArray(1, c.createArrayOf(type, rows));
            ps.executeUpdate();
        }
    }

    /**
     * Sends the messages in order and returns each one's outcome (acknowledged or not), once every one has one. Throws
     * only when no outcome arrived for {@link #stallLimit}: then the producer broke its own bound and nothing is marked.
     */
    private List<Boolean> sendAndAwaitOutcomes(List<Message<Record<String, String>>> messages) {
        List<CompletableFuture<Boolean>> outcomes = new ArrayList<>(messages.size());
        CountDownLatch remaining = new CountDownLatch(messages.size());
        for (Message<Record<String, String>> message : messages) {
            outcomes.add(emitter.sendMessage(message)
                    .onItemOrFailure().transform((ok, failure) -> failure == null)
                    .subscribeAsCompletionStage()
                    .whenComplete((ok, failure) -> remaining.countDown()));
        }
        long started = System.nanoTime();
        long lastProgress = started;
        long lastLog = started;
        long lastCount = remaining.getCount();
        try {
            while (!remaining.await(1, TimeUnit.SECONDS)) {
                long now = System.nanoTime();
                if (remaining.getCount() != lastCount) {
                    lastCount = remaining.getCount();
                    lastProgress = now;
                } else if (now - lastProgress > stallLimit.toNanos()) {
                    throw new IllegalStateException("Outbox relay: no acknowledgement for " + stallLimit.toSeconds()
                            + " s, " + lastCount + " of " + messages.size() + " sends outstanding");
                }
                if (now - lastLog > WAIT_LOG_EVERY.toNanos()) {
                    lastLog = now;
                    LOG.warnf("Outbox relay waiting for the broker: %d of %d sends unacknowledged after %d s (the producer "
                            + "retries them; nothing is sent twice)", lastCount, messages.size(),
                            Duration.ofNanos(now - started).toSeconds());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Outbox relay interrupted while waiting for acknowledgements", e);
        }
        return outcomes.stream().map(CompletableFuture::join).toList();
    }

    /** Published rows are kept a while for troubleshooting, then removed. */
    @Scheduled(every = "1h", delayed = "1m", skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void removeOldPublished() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM outbox_message WHERE published_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant().minus(keepPublished)));
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("Could not remove old outbox rows: %s", e.getMessage());
        }
    }

    /** A session lock, so that it holds across the batch's commits; a killed process's connection releases it. */
    private static boolean tryRelayLock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, RELAY_LOCK);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static void unlockRelay(Connection c) {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, RELAY_LOCK);
            ps.execute();
            c.commit();
        } catch (SQLException e) {
            // the pool may hand this connection out again with the lock held: close it for real
            LOG.warnf("Could not release the outbox relay lock: %s", e.getMessage());
            try {
                c.abort(Runnable::run);
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }

    private static Message<Record<String, String>> toMessage(ResultSet rs) throws SQLException {
        String topic = rs.getString("topic");
        String key = rs.getString("record_key");
        List<RecordHeader> headers = new ArrayList<>();
        try {
            JSON.readValue(rs.getString("headers"), HEADERS).forEach((name, value) ->
                    headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Unreadable outbox headers in row " + rs.getLong("seq"), e);
        }
        if (rs.getString("ce_type") == null) {
            // a raw record (a dead letter) carries the original's ce_id: this says which row it is, for OutboxRecovery
            headers.add(new RecordHeader(OutboxRecovery.ROW_HEADER,
                    rs.getObject("id", UUID.class).toString().getBytes(StandardCharsets.UTF_8)));
        }
        OutgoingKafkaRecordMetadata.OutgoingKafkaRecordMetadataBuilder<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic).withKey(key).withHeaders(headers);
        int partition = rs.getInt("kafka_partition");
        if (!rs.wasNull()) {
            kafka = kafka.withPartition(partition);
        }
        Message<Record<String, String>> message = Message.of(Record.of(key, rs.getString("payload")))
                .addMetadata(kafka.build());
        if (rs.getString("ce_type") != null) {
            message = message.addMetadata(OutgoingCloudEventMetadata.builder()
                    .withId(rs.getObject("id", UUID.class).toString())
                    .withType(rs.getString("ce_type"))
                    .withSource(URI.create(rs.getString("ce_source")))
                    .withSubject(rs.getString("ce_subject"))
                    .withTimestamp(rs.getTimestamp("ce_time").toInstant().atZone(ZoneOffset.UTC))
                    .withDataContentType("application/json")
                    .build());
        }
        return message;
    }
}
