package se.telefonpolicy.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Acceptance 1: every event has a schema and an example, the example validates and reads into the record. */
class SchemaExamplesTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventHasASchemaAndAnExample(EventType type) {
        assertThat(Docs.schemaFile(type)).isRegularFile();
        assertThat(Docs.exampleFile(type)).isRegularFile();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void exampleValidatesAgainstItsSchema(EventType type) {
        assertThat(Docs.validate(type, Docs.example(type))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = EventType.class, mode = EnumSource.Mode.MATCH_NONE, names = {"UNIT_DELETED", "EMPLOYEE_DELETED"})
    void exampleReadsIntoItsRecordAndWritesBackUnchanged(EventType type) {
        DomainEvent event = EventJson.fromJson(type, Docs.example(type));

        assertThat(event).isInstanceOf(type.dataClass());
        assertThat(event.type()).isEqualTo(type);
        assertThat(Docs.tree(EventJson.toJson(event))).isEqualTo(Docs.readTree(Docs.exampleFile(type)));
    }

    @ParameterizedTest
    @EnumSource(value = EventType.class, mode = EnumSource.Mode.MATCH_NONE, names = {"UNIT_DELETED", "EMPLOYEE_DELETED"})
    void schemaPropertiesAreTheRecordComponents(EventType type) {
        JsonNode schema = Docs.readTree(Docs.schemaFile(type));
        Set<String> components = Arrays.stream(type.dataClass().getRecordComponents())
                .map(c -> c.getName()).collect(Collectors.toCollection(LinkedHashSet::new));

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("title").asText()).isEqualTo(type.dataClass().getSimpleName());
        assertThat(schema.path("description").asText()).contains(type.ceType(), type.topic().topicName());
        assertThat(fieldNames(schema.path("properties"))).containsExactlyElementsOf(components);
        schema.path("required").forEach(r -> assertThat(components).contains(r.asText()));
        // consumers ignore unknown fields, so the schemas must not forbid them either
        assertThat(schema.has("additionalProperties")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = EventType.class, names = {"UNIT_DELETED", "EMPLOYEE_DELETED"})
    void tombstonesHaveANullPayload(EventType type) {
        assertThat(type.tombstone()).isTrue();
        assertThat(Docs.readTree(Docs.schemaFile(type)).path("type").asText()).isEqualTo("null");
        assertThat(Docs.readTree(Docs.exampleFile(type)).isNull()).isTrue();
        assertThat(Docs.validate(type, "{\"unitId\":\"u-1\"}")).isNotEmpty();
    }

    /** The schema says of a breach's subject what the record does: its kind decides, never its number of digits. */
    @Test
    void aBreachSubjectIsAnIdOfAnyLengthAndNeverAPhoneNumber() {
        String breach = "{\"breachId\":\"b-1\",\"ruleId\":\"DIVERSION_STALE\",\"unitId\":\"u-1\",%s"
                + "\"subjectType\":\"%s\",\"subjectId\":\"%s\",\"detectedAt\":\"2026-11-30T09:00:00Z\"}";
        assertThat(Docs.validate(EventType.SLA_BREACHED, breach.formatted("\"employeeId\":\"1234567\",", "EMPLOYEE", "1234567")))
                .isEmpty();
        assertThat(Docs.validate(EventType.SLA_BREACHED, breach.formatted("", "EMPLOYEE", "1234567"))).isNotEmpty();
        assertThat(Docs.validate(EventType.SLA_BREACHED, breach.formatted("", "CALLBACK_TASK", "+46701234567"))).isNotEmpty();
        assertThat(Docs.validate(EventType.SLA_BREACHED, breach.formatted("", "CALLBACK_TASK", "46701234567"))).isEmpty();
    }

    @Test
    void noSchemaOrExampleWithoutAnEventTypeButTheHeartbeats() throws IOException {
        Set<Path> expected = Arrays.stream(EventType.values())
                .flatMap(t -> Stream.of(Docs.schemaFile(t), Docs.exampleFile(t)))
                .collect(Collectors.toCollection(HashSet::new));
        expected.addAll(Set.of(Docs.HEARTBEAT_SCHEMA, Docs.HEARTBEAT_EXAMPLE));
        try (Stream<Path> files = Files.walk(Docs.EVENTS)) {
            assertThat(files.filter(f -> f.toString().endsWith(".json")).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void sharedDefinitionsAreTheSameInEverySchema() {
        // each schema is self-contained for subscribers; this keeps the copies of e164, instant, … equal
        Map<String, JsonNode> seen = new HashMap<>();
        List<Path> schemas = new ArrayList<>(Arrays.stream(EventType.values()).map(Docs::schemaFile).toList());
        schemas.add(Docs.HEARTBEAT_SCHEMA);
        for (Path schema : schemas) {
            JsonNode defs = Docs.readTree(schema).path("$defs");
            for (String name : fieldNames(defs)) {
                JsonNode first = seen.putIfAbsent(name, defs.get(name));
                if (first != null) {
                    assertThat(defs.get(name)).as("$defs/%s in %s", name, Docs.EVENTS.relativize(schema)).isEqualTo(first);
                }
            }
        }
        assertThat(seen).containsKeys("id", "e164", "instant");
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
