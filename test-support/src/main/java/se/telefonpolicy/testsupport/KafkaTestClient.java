package se.telefonpolicy.testsupport;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.Heartbeat;

/**
 * Plain kafka-clients, as another municipal system would use them: tests write what a service
 * consumes and read what it published, through the real broker.
 */
public final class KafkaTestClient {

    private KafkaTestClient() {
    }

    /** Sends one record with the given headers and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, String value, Map<String, String> headers) {
        List<Header> kafkaHeaders = new ArrayList<>();
        headers.forEach((name, v) -> kafkaHeaders.add(new RecordHeader(name, v.getBytes(StandardCharsets.UTF_8))));
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, null, key, value, kafkaHeaders)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    /** Sends the event as the PBX connector or another service would: CloudEvents headers, JSON data; returns its ce_id. */
    public static UUID sendEvent(DomainEvent event) {
        EventEnvelope envelope = EventEnvelope.of(event);
        send(envelope.topic(), envelope.key(), envelope.data(), envelope.headers());
        return envelope.id();
    }

    /**
     * Sends a {@link Heartbeat} with this watermark to every partition of the topic, as the PBX connector (or the
     * service publishing the topic) does while idle: moves the consuming services' watermarks, so that tests move
     * event time instead of waiting for it. Returns how many partitions it reached.
     */
    public static int sendHeartbeats(String topic, Instant watermark) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            int partitions = producer.partitionsFor(topic).size();
            for (int p = 0; p < partitions; p++) {
                Heartbeat beat = Heartbeat.of(URI.create("/telefonpolicy/test"), topic, p, watermark);
                List<Header> headers = new ArrayList<>();
                beat.headers().forEach((name, v) -> headers.add(new RecordHeader(name, v.getBytes(StandardCharsets.UTF_8))));
                producer.send(new ProducerRecord<>(topic, p, Heartbeat.KEY, beat.data(), headers)).get(10, TimeUnit.SECONDS);
            }
            return partitions;
        } catch (Exception e) {
            throw new IllegalStateException("Could not send heartbeats to " + topic, e);
        }
    }

    /** Reads the topic from the beginning until {@code until} holds for what was read, or the timeout. */
    public static List<ConsumerRecord<String, String>> readUntil(String topic,
            Predicate<List<ConsumerRecord<String, String>>> until, Duration timeout) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!until.test(records) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** Everything on the topic now: from the beginning to the end offsets of its partitions at the call. */
    public static List<ConsumerRecord<String, String>> readAll(String topic) {
        return readAll(SharedInfrastructure.get().bootstrapServers(), topic);
    }

    /** The same on another broker than the shared one (a test's own, see {@link BrokerProcess}). */
    public static List<ConsumerRecord<String, String>> readAll(String bootstrapServers, String topic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer())) {
            List<org.apache.kafka.common.TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<org.apache.kafka.common.TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end within 60 s");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** Reads the topic from the beginning and returns the first record that matches, if any within the timeout. */
    public static Optional<ConsumerRecord<String, String>> find(String topic,
            Predicate<ConsumerRecord<String, String>> match, Duration timeout) {
        return readUntil(topic, rs -> rs.stream().anyMatch(match), timeout).stream().filter(match).findFirst();
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
