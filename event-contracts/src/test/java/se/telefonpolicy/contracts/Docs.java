package se.telefonpolicy.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** The documents under docs/: where they are, and validation of JSON against their schemas. */
final class Docs {

    static final Path DIR = Path.of(System.getProperty("telefonpolicy.docs.dir", "../docs")).toAbsolutePath().normalize();
    static final Path EVENTS = DIR.resolve("events");
    static final Path ASYNCAPI = DIR.resolve("asyncapi.yaml");
    /** The heartbeat is no EventType (no area, no record to apply), so its files sit beside the areas. */
    static final Path HEARTBEAT_SCHEMA = EVENTS.resolve("heartbeat.v1.schema.json");
    static final Path HEARTBEAT_EXAMPLE = EVENTS.resolve("heartbeat.v1.example.json");

    private static final SchemaRegistry DRAFT_2020_12 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    // format is an annotation by default in 2020-12; the contract means it (date-time, email)
    private static final Consumer<ExecutionContext> ASSERT_FORMATS =
            ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true));
    private static final ObjectMapper JSON = new ObjectMapper();

    private Docs() {
    }

    /** {@code pbx/voicemail-left.v1}: the area folder and the file name without suffix. */
    static String baseName(EventType type) {
        return type.area() + "/" + type.eventName() + "." + type.version();
    }

    static Path schemaFile(EventType type) {
        return EVENTS.resolve(baseName(type) + ".schema.json");
    }

    static Path exampleFile(EventType type) {
        return EVENTS.resolve(baseName(type) + ".example.json");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readTree(Path file) {
        return tree(read(file));
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String example(EventType type) {
        return read(exampleFile(type));
    }

    /** The validation errors of a JSON document against an event's schema; empty when valid. */
    static List<String> validate(EventType type, String json) {
        return validate(schemaFile(type), json);
    }

    /** The validation errors of a JSON document against a schema file; empty when valid. */
    static List<String> validate(Path schemaFile, String json) {
        Schema schema = DRAFT_2020_12.getSchema(read(schemaFile), InputFormat.JSON);
        return schema.validate(json, InputFormat.JSON, ASSERT_FORMATS).stream().map(Object::toString).toList();
    }
}
