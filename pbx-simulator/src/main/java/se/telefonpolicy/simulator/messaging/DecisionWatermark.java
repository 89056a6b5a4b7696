package se.telefonpolicy.simulator.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.Heartbeat;
import se.telefonpolicy.contracts.Topic;

/**
 * Waits until compliance-service's heartbeats say it has everything up to a time: its watermark is no later than
 * what callback-service and availability-service have decided, so once it passes the period's last deadline every
 * decision of the period has been made, published and recorded. Reads only what comes after it was opened.
 */
public final class DecisionWatermark implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<TopicPartition> partitions;

    public DecisionWatermark(String bootstrapServers, Map<String, Object> extraConfig) {
        Map<String, Object> config = new HashMap<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        config.putAll(extraConfig);
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        String topic = Topic.COMPLIANCE_BREACHES.topicName();
        this.partitions = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    /** Blocks until every partition of compliance.breaches.v1 has carried a watermark at or after {@code target}. */
    public void await(Instant target, Duration stall) {
        Map<Integer, Instant> latest = new HashMap<>();
        long deadline = System.nanoTime() + stall.toNanos();
        Map<Integer, Instant> lastSeen = Map.of();
        while (latest.size() < partitions.size() || latest.values().stream().anyMatch(t -> t.isBefore(target))) {
            if (!latest.equals(lastSeen)) {
                // event time moved on some partition: the services are making progress
                lastSeen = Map.copyOf(latest);
                deadline = System.nanoTime() + stall.toNanos();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("compliance-service har inte kommit närmare " + target + " i händelsetid på "
                        + stall.toSeconds() + " s (senast per partition: " + latest + ")");
            }
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                Map<String, String> headers = new HashMap<>();
                for (Header h : r.headers()) {
                    headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
                }
                if (headers.containsKey(EventEnvelope.HEADER_TYPE)) {
                    Optional<Instant> t = Heartbeat.partitionTime(headers);
                    t.ifPresent(time -> latest.merge(r.partition(), time, (a, b) -> a.isAfter(b) ? a : b));
                }
            }
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
