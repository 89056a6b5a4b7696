package se.telefonpolicy.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The heartbeat's schema and example in docs/events say what {@link Heartbeat} writes. */
class HeartbeatDocumentsTest {

    private static final Instant WATERMARK = Instant.parse("2026-12-01T09:30:00Z");

    @Test
    void theExampleIsWhatAHeartbeatWritesAndValidates() {
        JsonNode example = Docs.readTree(Docs.HEARTBEAT_EXAMPLE);
        Heartbeat beat = Heartbeat.of(URI.create("/telefonpolicy/callback-service"), example.path("topic").asText(),
                example.path("partition").asInt(), Instant.parse(example.path("watermark").asText()));

        assertThat(Docs.tree(beat.data())).isEqualTo(example);
        assertThat(Docs.validate(Docs.HEARTBEAT_SCHEMA, beat.data())).isEmpty();
        assertThat(Topic.byName(example.path("topic").asText())).isPresent();
    }

    @Test
    void everyTopicAHeartbeatCanTravelOnFitsTheSchema() {
        for (Topic topic : Topic.values()) {
            if (topic.cloudEvents()) {
                String data = Heartbeat.of(URI.create("/telefonpolicy/x"), topic.topicName(), topic.partitions() - 1, WATERMARK).data();
                assertThat(Docs.validate(Docs.HEARTBEAT_SCHEMA, data)).as(topic.topicName()).isEmpty();
            }
        }
    }

    @Test
    void theSchemaDescribesTheDataAndItsTypeAndHeaders() {
        JsonNode schema = Docs.readTree(Docs.HEARTBEAT_SCHEMA);
        List<String> properties = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("title").asText()).isEqualTo("Heartbeat");
        assertThat(properties).containsExactly("topic", "partition", "watermark");
        assertThat(required).containsExactlyElementsOf(properties);
        assertThat(schema.path("description").asText()).contains(Heartbeat.CE_TYPE, Heartbeat.HEADER_WATERMARK,
                "Kafka key: " + Heartbeat.KEY, "<topic>/<partition>");
        assertThat(schema.has("additionalProperties")).isFalse();
    }

    @Test
    void theSchemaRefusesABrokenHeartbeat() {
        assertThat(Docs.validate(Docs.HEARTBEAT_SCHEMA, with("partition", -1))).isNotEmpty();
        assertThat(Docs.validate(Docs.HEARTBEAT_SCHEMA, with("partition", "4"))).isNotEmpty();
        assertThat(Docs.validate(Docs.HEARTBEAT_SCHEMA, with("watermark", "2026-12-01T10:30:00+01:00"))).isNotEmpty();
        assertThat(Docs.validate(Docs.HEARTBEAT_SCHEMA, with("topic", ""))).isNotEmpty();
        ObjectNode noWatermark = example();
        noWatermark.remove("watermark");
        assertThat(Docs.validate(Docs.HEARTBEAT_SCHEMA, noWatermark.toString())).isNotEmpty();
    }

    private static ObjectNode example() {
        return (ObjectNode) Docs.readTree(Docs.HEARTBEAT_EXAMPLE);
    }

    private static String with(String field, Object value) {
        ObjectNode json = example();
        if (value instanceof Integer i) {
            json.put(field, i);
        } else {
            json.put(field, (String) value);
        }
        return json.toString();
    }
}
