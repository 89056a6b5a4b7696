package se.telefonpolicy.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Acceptance 1 and 4: docs/asyncapi.yaml names every topic and event type the code has (and no other),
 * with the catalogue's partitions and cleanup, and is valid against the AsyncAPI 3.0.0 JSON Schema.
 */
class AsyncApiDocumentTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String DLQ_ADDRESS = "{topic}" + Topic.DLQ_SUFFIX;
    private static final JsonNode DOC = readDocument();

    @ParameterizedTest
    @EnumSource(Topic.class)
    void everyTopicIsAChannelWithTheCataloguesSettings(Topic topic) {
        JsonNode channel = channel(topic.topicName());
        JsonNode kafka = channel.path("bindings").path("kafka");

        assertThat(kafka.path("topic").asText()).isEqualTo(topic.topicName());
        assertThat(kafka.path("partitions").asInt()).isEqualTo(topic.partitions());
        assertThat(kafka.path("topicConfiguration").path("cleanup.policy").get(0).asText()).isEqualTo(topic.cleanup().kafkaValue());
        JsonNode retention = kafka.path("topicConfiguration").path("retention.ms");
        assertThat(retention.isMissingNode() ? null : retention.asLong())
                .isEqualTo(topic.retention().map(r -> r.toMillis()).orElse(null));
        assertThat(channel.path("description").asText()).contains("**Key**:");
    }

    @ParameterizedTest
    @EnumSource(Topic.class)
    void everyTopicHasOnePublisherAndAtLeastOneReader(Topic topic) {
        String channelId = channelId(topic.topicName());
        Set<String> senders = operations(channelId, "send").stream().map(AsyncApiDocumentTest::service).collect(Collectors.toSet());
        // a topic an outside system writes in its own format (Asterisk's CDRs) has no event types: its writer is that system
        Set<String> expected = topic.externalProducer().map(Set::of).orElseGet(() -> Arrays.stream(EventType.values())
                .filter(t -> t.topic() == topic).map(t -> t.publisher().serviceName()).collect(Collectors.toSet()));

        assertThat(senders).isEqualTo(expected);
        assertThat(operations(channelId, "receive")).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeIsAMessageOnItsTopicSentByItsPublisher(EventType type) {
        Map.Entry<String, JsonNode> message = messageFor(type.ceType());
        JsonNode body = message.getValue();

        assertThat(body.path("payload").path("$ref").asText()).isEqualTo("./events/" + Docs.baseName(type) + ".schema.json");
        assertThat(Docs.DIR.resolve(body.path("payload").path("$ref").asText()).normalize()).isEqualTo(Docs.schemaFile(type));
        assertThat(body.path("traits").get(0).path("$ref").asText()).isEqualTo("#/components/messageTraits/cloudEvent");
        assertThat(body.path("bindings").path("kafka").path("key").path("type").asText()).isEqualTo("string");
        assertThat(body.has("contentType")).isEqualTo(!type.tombstone());

        String channelId = channelId(type.topic().topicName());
        String channelMessageRef = channelMessageRef(channelId, "#/components/messages/" + message.getKey());
        List<JsonNode> sends = operations(channelId, "send");
        assertThat(sends).singleElement().satisfies(op -> {
            assertThat(service(op)).isEqualTo(type.publisher().serviceName());
            assertThat(refs(op.path("messages"))).contains(channelMessageRef);
        });
    }

    @Test
    void everyMessageAndChannelInTheDocumentExistsInCode() {
        Set<String> ceTypes = Arrays.stream(EventType.values()).map(EventType::ceType).collect(Collectors.toSet());
        ceTypes.add(Heartbeat.CE_TYPE);
        Set<String> addresses = Arrays.stream(Topic.values()).map(Topic::topicName).collect(Collectors.toSet());
        addresses.add(DLQ_ADDRESS);

        Set<String> externalChannelMessages = new java.util.HashSet<>();
        Arrays.stream(Topic.values()).filter(t -> !t.cloudEvents()).forEach(t ->
                channel(t.topicName()).path("messages").forEach(m -> externalChannelMessages.add(m.path("$ref").asText())));

        DOC.path("components").path("messages").fields().forEachRemaining(m -> {
            if (m.getKey().equals("DeadLetter")) {
                return;
            }
            if (isCloudEvent(m.getValue())) {
                assertThat(ceTypes).as(m.getKey()).contains(m.getValue().path("headers").path("properties").path("ce_type").path("const").asText());
            } else {
                // a message without the CloudEvents trait is allowed only on a topic the catalogue marks as external
                assertThat(externalChannelMessages).as(m.getKey()).contains("#/components/messages/" + m.getKey());
            }
        });
        DOC.path("channels").forEach(c -> assertThat(addresses).contains(c.path("address").asText()));
    }

    @Test
    void deadLettersCoverEveryTopicWithTheDocumentedHeaders() throws IllegalAccessException {
        JsonNode channel = channel(DLQ_ADDRESS);
        List<String> topics = new ArrayList<>();
        channel.path("parameters").path("topic").path("enum").forEach(t -> topics.add(t.asText()));
        assertThat(topics).containsExactlyInAnyOrderElementsOf(Arrays.stream(Topic.values()).map(Topic::topicName).toList());
        assertThat(channel.path("bindings").path("kafka").path("topicConfiguration").path("retention.ms").asLong())
                .isEqualTo(Topic.DLQ_RETENTION.toMillis());

        JsonNode headers = DOC.path("components").path("messages").path("DeadLetter").path("headers").path("properties");
        for (Field field : DeadLetter.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                assertThat(headers.has((String) field.get(null))).as(field.getName()).isTrue();
            }
        }
    }

    @Test
    void cloudEventHeadersAreTheOnesTheEnvelopeWrites() {
        JsonNode headers = DOC.path("components").path("messageTraits").path("cloudEvent").path("headers").path("properties");
        EventEnvelope envelope = EventEnvelope.of(EventJson.fromJson(EventType.CALLBACK_MADE, Docs.example(EventType.CALLBACK_MADE)));
        envelope.headers().keySet().forEach(h -> assertThat(headers.has(h)).as(h).isTrue());
    }

    @ParameterizedTest
    @EnumSource(Topic.class)
    void heartbeatsTravelOnEveryEventStreamSentByItsPublisher(Topic topic) {
        // every producer of an event stream sends them; the directory's compacted snapshots have no event time
        boolean expected = topic.cloudEvents() && topic.cleanup() == Topic.Cleanup.DELETE;
        String channelId = channelId(topic.topicName());
        List<String> onChannel = refs(channel(topic.topicName()).path("messages")).stream()
                .filter("#/components/messages/Heartbeat"::equals).toList();

        assertThat(onChannel).as(topic.topicName()).hasSize(expected ? 1 : 0);
        if (expected) {
            String ref = channelMessageRef(channelId, "#/components/messages/Heartbeat");
            assertThat(operations(channelId, "send")).singleElement()
                    .satisfies(op -> assertThat(refs(op.path("messages"))).contains(ref));
        }
    }

    @Test
    void theHeartbeatMessageIsWhatHeartbeatWrites() {
        JsonNode message = DOC.path("components").path("messages").path("Heartbeat");
        assertThat(message.path("payload").path("$ref").asText()).isEqualTo("./events/heartbeat.v1.schema.json");
        assertThat(Docs.DIR.resolve(message.path("payload").path("$ref").asText()).normalize()).isEqualTo(Docs.HEARTBEAT_SCHEMA);
        assertThat(isCloudEvent(message)).isTrue();
        assertThat(message.path("bindings").path("kafka").path("key").path("const").asText()).isEqualTo(Heartbeat.KEY);

        Heartbeat beat = Heartbeat.of(URI.create("/telefonpolicy/callback-service"), "callbacks.tasks.v1", 4,
                Instant.parse("2026-12-01T09:30:00Z"));
        Schema headers = headerSchema(message);
        assertThat(validateHeaders(headers, beat.headers())).isEmpty();

        Map<String, String> withoutWatermark = new LinkedHashMap<>(beat.headers());
        withoutWatermark.remove(Heartbeat.HEADER_WATERMARK);
        assertThat(validateHeaders(headers, withoutWatermark)).isNotEmpty();
        Map<String, String> otherType = new LinkedHashMap<>(beat.headers());
        otherType.put(EventEnvelope.HEADER_TYPE, EventType.CALLBACK_MADE.ceType());
        assertThat(validateHeaders(headers, otherType)).isNotEmpty();
    }

    @Test
    void anEventOfARepublishingServiceMayCarryTheWatermarkExtension() {
        JsonNode message = DOC.path("components").path("messages").path("CallbackDeadlineDecided");
        EventEnvelope envelope = EventEnvelope.of(EventJson.fromJson(EventType.CALLBACK_DEADLINE_DECIDED,
                Docs.example(EventType.CALLBACK_DEADLINE_DECIDED)));
        Map<String, String> stamped = new LinkedHashMap<>(envelope.headers());
        stamped.put(Heartbeat.HEADER_WATERMARK, "2026-12-02T15:58:00Z");
        Schema headers = headerSchema(message);

        assertThat(validateHeaders(headers, envelope.headers())).isEmpty();
        assertThat(validateHeaders(headers, stamped)).isEmpty();
        stamped.put(Heartbeat.HEADER_WATERMARK, "soon");
        assertThat(validateHeaders(headers, stamped)).isNotEmpty();
    }

    @Test
    void everyOperationSendsOrReceivesMessagesOfItsOwnChannel() {
        DOC.path("operations").fields().forEachRemaining(op -> {
            String channelRef = op.getValue().path("channel").path("$ref").asText();
            assertThat(resolve(channelRef).isMissingNode()).as(op.getKey()).isFalse();
            for (String ref : refs(op.getValue().path("messages"))) {
                assertThat(ref).as(op.getKey()).startsWith(channelRef + "/messages/");
                assertThat(resolve(ref).isMissingNode()).as(ref).isFalse();
            }
            assertThat(service(op.getValue())).as(op.getKey()).isNotBlank();
        });
    }

    @Test
    void isValidAgainstTheAsyncApi300Schema() {
        Schema schema = asyncApiSchema();
        assertThat(schema.validate(Docs.read(Docs.ASYNCAPI), InputFormat.YAML)).isEmpty();
    }

    @Test
    void theSchemaCheckCatchesABrokenDocument() {
        // guards the test above against passing vacuously
        ObjectNode broken = DOC.deepCopy();
        broken.remove("info");
        ((ObjectNode) broken.path("operations").fields().next().getValue()).put("action", "publish");
        assertThat(asyncApiSchema().validate(broken.toString(), InputFormat.JSON)).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Topic.class)
    void onlyExternalTopicsCarryMessagesWithoutTheCloudEventsTrait(Topic topic) {
        channel(topic.topicName()).path("messages").forEach(ref -> {
            JsonNode message = resolve(ref.path("$ref").asText());
            assertThat(isCloudEvent(message)).as(ref.path("$ref").asText()).isEqualTo(topic.cloudEvents());
        });
        assertThat(channel(topic.topicName()).path("description").asText().contains("**Not a CloudEvents topic.**"))
                .isEqualTo(!topic.cloudEvents());
    }

    /**
     * A message's headers schema as a reader applies it: its traits' headers with the message's own merged over
     * them (JSON Merge Patch, as AsyncAPI 3 applies traits), checked as JSON Schema draft 7 with formats asserted.
     */
    private static Schema headerSchema(JsonNode message) {
        JsonNode merged = YAML.createObjectNode();
        for (JsonNode trait : message.path("traits")) {
            merged = mergePatch(merged, resolve(trait.path("$ref").asText()).path("headers"));
        }
        merged = mergePatch(merged, message.path("headers"));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(merged.toString(), InputFormat.JSON);
    }

    private static List<?> validateHeaders(Schema schema, Map<String, String> headers) {
        return schema.validate(YAML.valueToTree(headers).toString(), InputFormat.JSON,
                ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
    }

    private static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target.isObject() ? ((ObjectNode) target).deepCopy() : YAML.createObjectNode();
        patch.fields().forEachRemaining(f -> result.set(f.getKey(), f.getValue().isNull() ? null
                : mergePatch(result.path(f.getKey()), f.getValue())));
        return result;
    }

    private static boolean isCloudEvent(JsonNode message) {
        return message.path("traits").path(0).path("$ref").asText().equals("#/components/messageTraits/cloudEvent");
    }

    private static Schema asyncApiSchema() {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readDocument() {
        try {
            JsonNode doc = YAML.readTree(Path.of(Docs.ASYNCAPI.toString()).toFile());
            assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String channelId(String address) {
        Map<String, String> byAddress = new TreeMap<>();
        DOC.path("channels").fields().forEachRemaining(c -> byAddress.put(c.getValue().path("address").asText(), c.getKey()));
        assertThat(byAddress).as("channel with address %s", address).containsKey(address);
        return byAddress.get(address);
    }

    private static JsonNode channel(String address) {
        return DOC.path("channels").path(channelId(address));
    }

    private static Map.Entry<String, JsonNode> messageFor(String ceType) {
        List<Map.Entry<String, JsonNode>> found = new ArrayList<>();
        DOC.path("components").path("messages").fields().forEachRemaining(m -> {
            if (ceType.equals(m.getValue().path("headers").path("properties").path("ce_type").path("const").asText())) {
                found.add(m);
            }
        });
        assertThat(found).as("message with ce_type %s", ceType).hasSize(1);
        return found.get(0);
    }

    /** The channel's own reference to a component message, e.g. {@code #/channels/pbxCalls/messages/voicemailLeft}. */
    private static String channelMessageRef(String channelId, String componentRef) {
        List<String> found = new ArrayList<>();
        DOC.path("channels").path(channelId).path("messages").fields().forEachRemaining(m -> {
            if (componentRef.equals(m.getValue().path("$ref").asText())) {
                found.add("#/channels/" + channelId + "/messages/" + m.getKey());
            }
        });
        assertThat(found).as("%s in channel %s", componentRef, channelId).hasSize(1);
        return found.get(0);
    }

    private static List<JsonNode> operations(String channelId, String action) {
        return StreamSupport.stream(DOC.path("operations").spliterator(), false)
                .filter(op -> op.path("action").asText().equals(action))
                .filter(op -> op.path("channel").path("$ref").asText().equals("#/channels/" + channelId))
                .toList();
    }

    /** Operations name their service in their first tag. */
    private static String service(JsonNode operation) {
        return operation.path("tags").path(0).path("name").asText();
    }

    private static List<String> refs(JsonNode list) {
        List<String> refs = new ArrayList<>();
        list.forEach(r -> refs.add(r.path("$ref").asText()));
        return refs;
    }

    private static JsonNode resolve(String ref) {
        return DOC.at(ref.substring(1));
    }
}
