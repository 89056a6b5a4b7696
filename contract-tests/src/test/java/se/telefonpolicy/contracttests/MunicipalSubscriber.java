package se.telefonpolicy.contracttests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.KafkaMessageFactory;
import se.telefonpolicy.contracts.Topic;

/**
 * A subscriber as another municipal system writes one: plain kafka-clients and the CloudEvents Java
 * SDK's deserializer, nothing of Telefonpolicy's code but the topic names.
 */
final class MunicipalSubscriber {

    /** What arrived: the record's topic, partition and key, whether its value was null, and the event as the SDK reads it. */
    record Received(String topic, int partition, String key, boolean nullValue, CloudEvent event) {
    }

    private MunicipalSubscriber() {
    }

    /** Reads every topic from the beginning until the given event ids have all arrived. */
    static List<Received> readUntil(String bootstrapServers, Set<String> ceIds, Duration timeout) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "municipal-subscriber-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CloudEventDeserializer.class);
        List<Received> received = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(Arrays.stream(Topic.values()).filter(Topic::cloudEvents).map(Topic::topicName).toList());
            while (System.nanoTime() < deadline
                    && !received.stream().map(r -> r.event().getId()).toList().containsAll(ceIds)) {
                for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(200))) {
                    CloudEvent event = record.value() != null
                            ? record.value()
                            // Kafka never hands a null value (a tombstone) to a deserializer: read its headers
                            : KafkaMessageFactory.createReader(record.headers(), null).toEvent();
                    if (ceIds.contains(event.getId())) {
                        received.add(new Received(record.topic(), record.partition(), record.key(), record.value() == null, event));
                    }
                }
            }
        }
        return received;
    }
}
