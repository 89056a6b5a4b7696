package se.telefonpolicy.contracttests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import se.telefonpolicy.contracts.DeadLetter;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Heartbeat;
import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.Publisher;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.directory.EmployeeDeleted;
import se.telefonpolicy.contracts.directory.UnitDeleted;
import se.telefonpolicy.kafka.KafkaBroker;

/**
 * Acceptance 2: every event type through a real broker, read by a subscriber written the way another
 * municipal system would write it. Two producers: the CloudEvents SDK's serializer, and plain headers
 * exactly as SmallRye's connector writes them (what the services send), via {@link EventEnvelope}.
 * Issue 16: heartbeats and the {@code ce_watermark} extension read the same way.
 */
class CloudEventsRoundTripTest {

    private static final Path DOCS = Path.of(System.getProperty("telefonpolicy.docs.dir", "../docs"));
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker(@TempDir Path dataDir) {
        broker = KafkaBroker.start(dataDir, 0);
        broker.createTopics(Topic.allSpecs());
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void everyEventTypeFromTheCloudEventsSdkReachesTheSubscriber() throws Exception {
        Map<String, DomainEvent> sent = new LinkedHashMap<>();
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(producerConfig(CloudEventSerializer.class))) {
            for (DomainEvent event : oneOfEachType()) {
                CloudEvent cloudEvent = toCloudEvent(event, UUID.randomUUID());
                producer.send(new ProducerRecord<>(event.type().topic().topicName(), event.key(), cloudEvent)).get(30, TimeUnit.SECONDS);
                sent.put(cloudEvent.getId(), event);
            }
        }
        assertReceivedAsSent(sent);
    }

    @Test
    void everyEventTypeWithSmallRyesHeadersReachesTheSubscriber() throws Exception {
        Map<String, DomainEvent> sent = new LinkedHashMap<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(StringSerializer.class))) {
            for (DomainEvent event : oneOfEachType()) {
                EventEnvelope envelope = EventEnvelope.of(event);
                producer.send(toRecord(envelope)).get(30, TimeUnit.SECONDS);
                sent.put(envelope.id().toString(), event);
            }
        }
        assertReceivedAsSent(sent);
    }

    @Test
    void aMessageBreakingTheContractGoesToTheDeadLetterTopicUnchanged() throws Exception {
        // a voicemail whose caller number the connector forgot to normalise
        DomainEvent voicemail = EventJson.fromJson(EventType.VOICEMAIL_LEFT, example(EventType.VOICEMAIL_LEFT));
        EventEnvelope good = EventEnvelope.of(voicemail);
        String broken = good.data().replace("+46701234567", "070-123 45 67");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(StringSerializer.class))) {
            producer.send(toRecord(new EventEnvelope(good.id(), good.source(), good.type(), good.time(), good.subject(), good.key(), broken)))
                    .get(30, TimeUnit.SECONDS);

            // the consumer side of the convention: read, refuse, forward with the reason, go on
            ConsumerRecord<String, String> refused = readOne(good.topic(), good.id().toString());
            Map<String, String> headers = headersOf(refused);
            InvalidEventException failure = null;
            try {
                EventEnvelope.fromKafka(refused.key(), headers, refused.value());
            } catch (InvalidEventException e) {
                failure = e;
            }
            assertThat(failure).isNotNull();
            assertThat(failure.field()).isEqualTo("callerNumber");

            ProducerRecord<String, String> deadLetter = new ProducerRecord<>(DeadLetter.topicFor(refused.topic()), refused.key(), refused.value());
            refused.headers().forEach(h -> deadLetter.headers().add(h));
            DeadLetter.headers(failure, "callback-service", refused.topic(), refused.partition(), refused.offset())
                    .forEach((name, value) -> deadLetter.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            producer.send(deadLetter).get(30, TimeUnit.SECONDS);

            ConsumerRecord<String, String> dead = readOne(Topic.PBX_CALLS.dlqName(), good.id().toString());
            Map<String, String> deadHeaders = headersOf(dead);
            assertThat(dead.key()).isEqualTo(refused.key());
            assertThat(dead.value()).isEqualTo(broken);
            assertThat(deadHeaders)
                    .containsEntry(DeadLetter.ORIGINAL_TOPIC, "pbx.calls.v1")
                    .containsEntry(DeadLetter.ORIGINAL_PARTITION, Integer.toString(refused.partition()))
                    .containsEntry(DeadLetter.ORIGINAL_OFFSET, Long.toString(refused.offset()))
                    .containsEntry(DeadLetter.FIELD, "callerNumber")
                    .containsEntry(EventEnvelope.HEADER_ID, good.id().toString());
            assertThat(deadHeaders.get(DeadLetter.REASON)).startsWith("callerNumber ").doesNotContain("070");
        }
    }

    @Test
    void heartbeatsOnEveryPartitionOfEveryEventStreamReachTheSubscriberAsCloudEvents() throws Exception {
        // two rounds, as an idle producer sends them: the later one is each partition's time
        Instant first = Instant.parse("2026-12-01T09:30:00Z");
        Instant second = first.plus(Duration.ofMinutes(1));
        Map<String, Heartbeat> sent = new LinkedHashMap<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(StringSerializer.class))) {
            for (Instant round : List.of(first, second)) {
                for (Topic topic : eventStreams()) {
                    for (int partition = 0; partition < topic.partitions(); partition++) {
                        Heartbeat beat = Heartbeat.of(publisherOf(topic).source(), topic.topicName(), partition,
                                round.plusSeconds(partition));
                        producer.send(toRecord(beat)).get(30, TimeUnit.SECONDS);
                        sent.put(beat.id().toString(), beat);
                    }
                }
            }
        }

        List<MunicipalSubscriber.Received> received = MunicipalSubscriber.readUntil(broker.bootstrapServers(), sent.keySet(), READ_TIMEOUT);
        assertThat(received).extracting(r -> r.event().getId()).containsExactlyInAnyOrderElementsOf(sent.keySet());
        Map<String, Instant> latestPerPartition = new LinkedHashMap<>();
        for (MunicipalSubscriber.Received r : received) {
            Heartbeat beat = sent.get(r.event().getId());
            CloudEvent ce = r.event();
            String watermark = Heartbeat.format(beat.watermark());

            assertThat(r.topic()).isEqualTo(beat.topic());
            assertThat(r.partition()).as("written to the partition it is about").isEqualTo(beat.partition());
            assertThat(r.key()).isEqualTo(Heartbeat.KEY);
            assertThat(ce.getType()).isEqualTo(Heartbeat.CE_TYPE);
            // not a domain event: a subscriber that only handles the catalogue's types skips it by ce_type
            assertThat(EventType.byCeType(ce.getType())).isEmpty();
            assertThat(ce.getSource()).isEqualTo(publisherOf(Topic.byName(r.topic()).orElseThrow()).source());
            assertThat(ce.getSubject()).isEqualTo(r.topic() + "/" + r.partition());
            assertThat(ce.getTime().toInstant()).isEqualTo(beat.watermark());
            assertThat(ce.getExtensionNames()).contains("watermark");
            assertThat(ce.getExtension("watermark")).hasToString(watermark);
            assertThat(ce.getDataContentType()).isEqualTo("application/json");
            String data = new String(ce.getData().toBytes(), StandardCharsets.UTF_8);
            assertThat(validate(DOCS.resolve("events/heartbeat.v1.schema.json"), data)).isEmpty();
            JsonNode json = JSON.readTree(data);
            assertThat(json.path("topic").asText()).isEqualTo(r.topic());
            assertThat(json.path("partition").asInt()).isEqualTo(r.partition());
            assertThat(json.path("watermark").asText()).isEqualTo(watermark);
            // the record read last on a partition is its latest: one partition's records keep their order
            latestPerPartition.put(ce.getSubject(), ce.getTime().toInstant());
        }

        // a subscriber tracking event time: per topic the lowest of its partitions' latest times
        for (Topic topic : eventStreams()) {
            assertThat(latestPerPartition.entrySet().stream().filter(e -> e.getKey().startsWith(topic.topicName() + "/"))
                    .map(Map.Entry::getValue).min(Instant::compareTo)).as(topic.topicName()).contains(second);
        }
        assertThat(latestPerPartition).hasSize(eventStreams().stream().mapToInt(Topic::partitions).sum());
    }

    @Test
    void aRepublishedEventCarriesItsProducersWatermarkAsACloudEventsExtension() throws Exception {
        // callback-service decides a deadline once its watermark has passed it: the event's time is the due time,
        // its watermark later, and a consumer takes the partition's time from the watermark
        DomainEvent decided = EventJson.fromJson(EventType.CALLBACK_DEADLINE_DECIDED, example(EventType.CALLBACK_DEADLINE_DECIDED));
        Instant watermark = decided.occurredAt().plus(Duration.ofMinutes(3));
        EventEnvelope envelope = EventEnvelope.of(decided);
        ProducerRecord<String, String> record = toRecord(envelope);
        record.headers().add(Heartbeat.HEADER_WATERMARK, Heartbeat.format(watermark).getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(StringSerializer.class))) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        }

        CloudEvent ce = MunicipalSubscriber.readUntil(broker.bootstrapServers(), Set.of(envelope.id().toString()), READ_TIMEOUT)
                .get(0).event();
        assertThat(ce.getType()).isEqualTo(EventType.CALLBACK_DEADLINE_DECIDED.ceType());
        assertThat(ce.getTime().toInstant()).isEqualTo(decided.occurredAt());
        assertThat(ce.getExtension("watermark")).hasToString("2026-12-02T16:03:00Z");
        assertThat(OffsetDateTime.parse(ce.getExtension("watermark").toString()).toInstant()).isAfter(ce.getTime().toInstant());
        assertThat((DomainEvent) EventJson.fromJson(EventType.CALLBACK_DEADLINE_DECIDED, ce.getData().toBytes())).isEqualTo(decided);
    }

    private static void assertReceivedAsSent(Map<String, DomainEvent> sent) {
        Map<String, MunicipalSubscriber.Received> received = MunicipalSubscriber
                .readUntil(broker.bootstrapServers(), sent.keySet(), READ_TIMEOUT).stream()
                .collect(Collectors.toMap(r -> r.event().getId(), Function.identity()));

        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(sent.keySet());
        List<EventType> seen = new ArrayList<>();
        sent.forEach((id, event) -> {
            EventType type = event.type();
            MunicipalSubscriber.Received r = received.get(id);
            CloudEvent ce = r.event();

            assertThat(r.topic()).isEqualTo(type.topic().topicName());
            assertThat(r.key()).isEqualTo(event.key());
            // a deletion must be a real tombstone, or compaction would keep the entity
            assertThat(r.nullValue()).as("null value of %s", type).isEqualTo(type.tombstone());
            assertThat(ce.getSpecVersion()).isEqualTo(SpecVersion.V1);
            assertThat(ce.getType()).isEqualTo(type.ceType());
            assertThat(ce.getSource()).isEqualTo(type.source());
            assertThat(ce.getSubject()).isEqualTo(event.subject());
            assertThat(ce.getTime().toInstant()).isEqualTo(event.occurredAt());
            if (type.tombstone()) {
                assertThat(ce.getData()).isNull();
            } else {
                assertThat(ce.getDataContentType()).isEqualTo("application/json");
                byte[] data = ce.getData().toBytes();
                // what a subscriber without our Java code does: validate against the published schema
                assertThat(validate(type, new String(data, StandardCharsets.UTF_8))).isEmpty();
                assertThat((DomainEvent) EventJson.fromJson(type, data)).isEqualTo(event);
            }
            seen.add(type);
        });
        assertThat(seen).containsExactlyInAnyOrder(EventType.values());
    }

    /** One event of every type: the documented examples, and the two tombstones. */
    private static List<DomainEvent> oneOfEachType() {
        return Arrays.stream(EventType.values()).map(type -> switch (type) {
            case UNIT_DELETED -> new UnitDeleted("u-kundcenter", Instant.parse("2026-12-31T12:00:00Z"));
            case EMPLOYEE_DELETED -> new EmployeeDeleted("e-2077", Instant.parse("2026-12-31T12:00:00Z"));
            default -> (DomainEvent) EventJson.fromJson(type, example(type));
        }).toList();
    }

    private static CloudEvent toCloudEvent(DomainEvent event, UUID id) {
        EventType type = event.type();
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(id.toString())
                .withSource(type.source())
                .withType(type.ceType())
                .withTime(event.occurredAt().atOffset(ZoneOffset.UTC))
                .withSubject(event.subject());
        if (!type.tombstone()) {
            builder.withDataContentType("application/json").withData(EventJson.toJsonBytes(event));
        }
        return builder.build();
    }

    /** The topics that carry heartbeats: every CloudEvents topic but the compacted directory snapshots. */
    private static List<Topic> eventStreams() {
        return Arrays.stream(Topic.values()).filter(t -> t.cloudEvents() && t.cleanup() == Topic.Cleanup.DELETE).toList();
    }

    private static Publisher publisherOf(Topic topic) {
        return Arrays.stream(EventType.values()).filter(t -> t.topic() == topic).map(EventType::publisher).findFirst().orElseThrow();
    }

    /** A heartbeat as the services' outbox relay writes it: to its own partition, key, ce_* headers and JSON data. */
    private static ProducerRecord<String, String> toRecord(Heartbeat beat) {
        ProducerRecord<String, String> record = new ProducerRecord<>(beat.topic(), beat.partition(), Heartbeat.KEY, beat.data());
        beat.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static ProducerRecord<String, String> toRecord(EventEnvelope envelope) {
        ProducerRecord<String, String> record = new ProducerRecord<>(envelope.topic(), envelope.key(), envelope.data());
        envelope.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static ConsumerRecord<String, String> readOne(String topic, String ceId) throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (ceId.equals(headersOf(record).get(EventEnvelope.HEADER_ID))) {
                        return record;
                    }
                }
            }
        }
        throw new TimeoutException("No record " + ceId + " on " + topic + " within " + READ_TIMEOUT);
    }

    private static Map<String, String> headersOf(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static Map<String, Object> producerConfig(Class<?> valueSerializer) {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, valueSerializer);
    }

    private static String example(EventType type) {
        try {
            return Files.readString(DOCS.resolve("events").resolve(type.area() + "/" + type.eventName() + "." + type.version() + ".example.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> validate(EventType type, String json) {
        return validate(DOCS.resolve("events").resolve(type.area() + "/" + type.eventName() + "." + type.version() + ".schema.json"), json);
    }

    private static List<String> validate(Path schemaFile, String json) {
        try {
            String schema = Files.readString(schemaFile);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(schema, InputFormat.JSON)
                    .validate(json, InputFormat.JSON, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)))
                    .stream().map(Object::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
