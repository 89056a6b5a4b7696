package se.telefonpolicy.platform.watermark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A service's event-time watermarks (BRIEF, "Event time"). {@code IncomingEvents} records, for every input
 * partition, the latest event time read there, in the batch's own transaction; a decision "did X happen by T"
 * may be taken only once {@link #of} the topics it depends on has passed T. The watermark is the lowest of
 * those latest times over every partition of those topics — less the allowed lateness on the topics whose times
 * are an estimate at the edge ({@code telefonpolicy.watermark.late-topics}, the PBX's), not on a service's own
 * topics, whose heartbeats already promise what was decided — so a lagging, paused or restarted consumer delays
 * decisions but never makes a false one, and a service two hops from the PBX is not a lateness further behind.
 */
@ApplicationScoped
public class Watermarks {

    private final DataSource dataSource;
    private final Clock clock;
    private final TopicPartitions partitions;
    private final List<String> inputs;
    private final List<String> decidedBy;
    private final Duration allowedLateness;
    private final List<String> lateTopics;
    /** The latest {@link #forwarded()} computed, for stamping outgoing events without a query each time. */
    private final AtomicReference<Instant> lastForwarded = new AtomicReference<>();

    public Watermarks(DataSource dataSource, Clock clock, TopicPartitions partitions,
            @ConfigProperty(name = "telefonpolicy.watermark.inputs") Optional<List<String>> inputs,
            @ConfigProperty(name = "telefonpolicy.watermark.decided-by") Optional<List<String>> decidedBy,
            @ConfigProperty(name = "telefonpolicy.watermark.allowed-lateness", defaultValue = "PT2M") Duration allowedLateness,
            @ConfigProperty(name = "telefonpolicy.watermark.late-topics", defaultValue = "pbx.calls.v1,pbx.presence.v1")
            List<String> lateTopics) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.partitions = partitions;
        this.inputs = inputs.orElse(List.of());
        this.decidedBy = decidedBy.orElse(List.of());
        this.allowedLateness = allowedLateness;
        this.lateTopics = List.copyOf(lateTopics);
    }

    /** The topics whose partitions make up the service's own watermark ({@code telefonpolicy.watermark.inputs}). */
    public List<String> inputs() {
        return inputs;
    }

    public Duration allowedLateness() {
        return allowedLateness;
    }

    /**
     * Records the latest event time read per partition of one polled batch, in the caller's transaction; a time
     * never goes back (a redelivered batch changes nothing).
     */
    @Transactional(TxType.MANDATORY)
    public void advance(String topic, Map<Integer, Instant> latestPerPartition) {
        if (latestPerPartition.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO watermark_partition (topic, kafka_partition, event_time, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (topic, kafka_partition) DO UPDATE
                SET event_time = GREATEST(watermark_partition.event_time, EXCLUDED.event_time), updated_at = EXCLUDED.updated_at
                WHERE EXCLUDED.event_time > watermark_partition.event_time""")) {
            Timestamp now = Timestamp.from(clock.instant());
            for (Map.Entry<Integer, Instant> e : latestPerPartition.entrySet()) {
                ps.setString(1, topic);
                ps.setInt(2, e.getKey());
                ps.setTimestamp(3, Timestamp.from(e.getValue()));
                ps.setTimestamp(4, now);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the watermark of " + topic, e);
        }
    }

    /**
     * The watermark for a decision that depends on these topics: per topic the lowest latest-read event time over
     * its partitions, less the allowed lateness if it is one of the late topics; the lowest of those. Empty until
     * every partition has been read (an event or a heartbeat).
     */
    public Optional<Instant> of(Collection<String> topics) {
        Instant lowest = null;
        for (String topic : topics) {
            Optional<Instant> read = latestRead(List.of(topic));
            if (read.isEmpty()) {
                return Optional.empty();
            }
            Instant w = lateTopics.contains(topic) ? read.get().minus(allowedLateness) : read.get();
            lowest = lowest == null || w.isBefore(lowest) ? w : lowest;
        }
        return Optional.ofNullable(lowest);
    }

    /** {@link #of} the service's {@link #inputs()}: the watermark its own decisions and the delay metric use. */
    public Optional<Instant> current() {
        return of(inputs);
    }

    /**
     * Records, in the caller's transaction, that the decision job {@code job} (one of
     * {@code telefonpolicy.watermark.decided-by}) has decided everything up to {@code through}; never goes back.
     */
    @Transactional(TxType.MANDATORY)
    public void decided(String job, Instant through) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO watermark_decided (job, through, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (job) DO UPDATE SET through = EXCLUDED.through, updated_at = EXCLUDED.updated_at
                WHERE EXCLUDED.through > watermark_decided.through""")) {
            ps.setString(1, job);
            ps.setTimestamp(2, Timestamp.from(through));
            ps.setTimestamp(3, Timestamp.from(clock.instant()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record what " + job + " decided", e);
        }
    }

    /**
     * What the service forwards downstream as its heartbeats' and events' watermark: the lowest latest-read time
     * over its inputs (no lateness: each consumer applies its own once), and no later than what each of its decision
     * jobs ({@code telefonpolicy.watermark.decided-by}) has decided — so a consumer whose watermark passed T has also
     * received every decision up to T. Empty until all of those are known.
     */
    public Optional<Instant> forwarded() {
        Optional<Instant> read = latestRead(inputs);
        if (read.isEmpty()) {
            return read;
        }
        Instant forwarded = read.get();
        if (!decidedBy.isEmpty()) {
            Map<String, Instant> decided = decidedThrough();
            for (String job : decidedBy) {
                Instant through = decided.get(job);
                if (through == null) {
                    return Optional.empty();
                }
                if (through.isBefore(forwarded)) {
                    forwarded = through;
                }
            }
        }
        lastForwarded.set(forwarded);
        return Optional.of(forwarded);
    }

    /** The last {@link #forwarded()} computed (at most a heartbeat interval old), else computed now. */
    public Optional<Instant> forwardedCached() {
        Instant cached = lastForwarded.get();
        return cached != null ? Optional.of(cached) : forwarded();
    }

    private Map<String, Instant> decidedThrough() {
        Map<String, Instant> decided = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT job, through FROM watermark_decided");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                decided.put(rs.getString(1), rs.getTimestamp(2).toInstant());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the decision watermarks", e);
        }
        return decided;
    }

    /** Per topic, per partition, the latest event time read: for diagnosis and tests. */
    public Map<String, Map<Integer, Instant>> latestReadPerPartition(Collection<String> topics) {
        Map<String, Map<Integer, Instant>> read = new LinkedHashMap<>();
        if (topics.isEmpty()) {
            return read;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT topic, kafka_partition, event_time FROM watermark_partition WHERE topic = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("text", topics.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    read.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .put(rs.getInt(2), rs.getTimestamp(3).toInstant());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the watermarks", e);
        }
        return read;
    }

    private Optional<Instant> latestRead(Collection<String> topics) {
        if (topics.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String topic : topics) {
            OptionalInt n = partitions.count(topic);
            if (n.isEmpty()) {
                return Optional.empty();
            }
            counts.put(topic, n.getAsInt());
        }
        return LowestWatermark.of(latestReadPerPartition(topics), counts);
    }
}
