package se.telefonpolicy.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;
import se.telefonpolicy.contracts.EventEnvelope;

/**
 * Finds which of the outbox rows in doubt are on their topic already. A row is in doubt when the relay sent it and
 * did not see it acknowledged: the process was killed between sending and marking, or the wait for the broker ended
 * while the producer may still have delivered it. Sending such a row again would put the same ce_id on the topic
 * twice, which a subscribing municipal system would see as two events. So before sending after a start or a
 * failure, the relay reads the tail of each partition of the topics in doubt and marks published what is there.
 *
 * <p>A record says which row it came from: a CloudEvent by its ce_id (the row's id); a raw record (a dead letter,
 * which carries the original's ce_id) by {@value #ROW_HEADER}.
 */
@ApplicationScoped
public class OutboxRecovery {

    /** Set on raw records (dead letters) only: the outbox row's id. */
    public static final String ROW_HEADER = "telefonpolicy_outbox_id";

    private static final Logger LOG = Logger.getLogger(OutboxRecovery.class);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, Object> consumerConfig;

    @Inject
    public OutboxRecovery(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        Map<String, Object> config = kafkaConfig.entrySet().stream()
                .filter(e -> ConsumerConfig.configNames().contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b, HashMap::new));
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        this.consumerConfig = config;
    }

    /**
     * @param inDoubt the rows not marked published, per topic
     * @param window  how many records back from each partition's end to look (the rows in doubt are the last the
     *                relay sent; other producers may have written to the topic since)
     * @return the rows of {@code inDoubt} found on their topic
     */
    public Set<UUID> alreadyOnTheirTopics(Map<String, Set<UUID>> inDoubt, int window) {
        Set<UUID> found = new HashSet<>();
        if (inDoubt.isEmpty()) {
            return found;
        }
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            for (Map.Entry<String, Set<UUID>> topic : inDoubt.entrySet()) {
                found.addAll(findOn(consumer, topic.getKey(), topic.getValue(), window));
            }
        }
        if (!found.isEmpty()) {
            LOG.infof("Outbox recovery: %d rows sent before were on their topics already; they are not sent again", found.size());
        }
        return found;
    }

    private static Set<UUID> findOn(KafkaConsumer<byte[], byte[]> consumer, String topic, Set<UUID> rows, int window) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, READ_TIMEOUT).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions, READ_TIMEOUT);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, READ_TIMEOUT);
        for (TopicPartition p : partitions) {
            consumer.seek(p, Math.max(begins.get(p), ends.get(p) - window));
        }
        Set<UUID> found = new HashSet<>();
        long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p, READ_TIMEOUT) < ends.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Outbox recovery could not read " + topic + " to its end within " + READ_TIMEOUT);
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                UUID row = rowOf(record);
                if (row != null && rows.contains(row)) {
                    found.add(row);
                }
            }
        }
        return found;
    }

    static UUID rowOf(ConsumerRecord<byte[], byte[]> record) {
        Header header = record.headers().lastHeader(ROW_HEADER);
        if (header == null) {
            header = record.headers().lastHeader(EventEnvelope.HEADER_ID);
        }
        if (header == null) {
            return null;
        }
        try {
            return UUID.fromString(new String(header.value(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }
}
