package se.telefonpolicy.contracts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON mapping of the events, for every service and test. Writes instants as UTC ISO-8601
 * strings and leaves absent optional fields out; reads strictly by the schemas (no number for a
 * string, no index for an enum, no epoch for an instant) except that unknown fields are ignored, so
 * a producer can add optional fields within a version.
 */
public final class EventJson {

    /** RFC 3339 in UTC, as {@link Instant#toString()} writes it; offsets other than Z are refused. */
    private static final Pattern UTC_INSTANT =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("telefonpolicy-utc-instants")
                    .addDeserializer(Instant.class, new UtcInstantDeserializer())
                    // 08:00 rather than 08:00:00: opening hours are minutes
                    .addSerializer(LocalTime.class, ToStringSerializer.instance))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            // consumers ignore unknown fields: the compatibility rule of docs/events/README.md
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Enum, c -> c
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .build();

    private EventJson() {
    }

    public static String toJson(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write " + event.type(), e);
        }
    }

    public static byte[] toJsonBytes(DomainEvent event) {
        return toJson(event).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads an event's data and validates it as its record does.
     *
     * @throws InvalidEventException naming the field on bad JSON, a missing required field, an
     *                               unknown enum value, a malformed phone number or instant
     */
    @SuppressWarnings("unchecked")
    public static <T extends DomainEvent> T fromJson(EventType type, String json) {
        Objects.requireNonNull(type, "type");
        if (json == null || json.isBlank()) {
            throw new InvalidEventException(InvalidEventException.WHOLE_EVENT, "is missing: the message has no data");
        }
        Object event;
        try {
            event = MAPPER.readValue(json, type.dataClass());
        } catch (JsonProcessingException e) {
            throw translate(e);
        }
        if (event == null) {
            throw new InvalidEventException(InvalidEventException.WHOLE_EVENT, "must be a JSON object, not null");
        }
        return (T) event;
    }

    public static <T extends DomainEvent> T fromJson(EventType type, byte[] json) {
        return fromJson(type, json == null ? null : new String(json, StandardCharsets.UTF_8));
    }

    /** A copy of the mapper, configured as above; change it freely, events are still read by this class. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    private static InvalidEventException translate(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidEventException inner) {
                // thrown by a record's constructor; Jackson's path says where that record sits
                String at = e instanceof JsonMappingException mapping ? path(mapping) : "";
                return new InvalidEventException(at.isEmpty() ? inner.field() : at + "." + inner.field(), inner.problem(), e);
            }
        }
        if (e instanceof InvalidFormatException format) {
            return new InvalidEventException(fieldOf(format), problemOf(format), e);
        }
        if (e instanceof MismatchedInputException mismatch) {
            String field = fieldOf(mismatch);
            String expected = mismatch.getTargetType() == null ? "another JSON type" : describe(mismatch.getTargetType());
            return new InvalidEventException(field, field.equals(InvalidEventException.WHOLE_EVENT)
                    ? "must be a JSON object" : "has the wrong JSON type: expected " + expected, e);
        }
        // syntax errors and duplicate fields; the original message names no value, only the problem
        return new InvalidEventException(InvalidEventException.WHOLE_EVENT, "is not valid JSON: " + e.getOriginalMessage(), e);
    }

    private static String fieldOf(JsonMappingException e) {
        String path = path(e);
        return path.isEmpty() ? InvalidEventException.WHOLE_EVENT : path;
    }

    /** Jackson's reference chain as {@code a.b[0].c}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String problemOf(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            String known = Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            // enum values are codes, never personal data, so the bad one is named (shortened)
            return "has an unknown value '" + shorten(String.valueOf(e.getValue())) + "'; expected one of " + known;
        }
        return "cannot be read as " + describe(target);
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "the schema's type";
        }
        if (type == Instant.class) {
            return "a UTC ISO-8601 instant like 2026-11-30T09:00:00Z";
        }
        if (type == LocalTime.class) {
            return "a local time like 08:00";
        }
        if (type == LocalDate.class) {
            return "a date like 2026-12-24";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return "an object";
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    /** Instants only as UTC strings: an epoch number or a local offset would be read differently by other systems. */
    private static final class UtcInstantDeserializer extends StdScalarDeserializer<Instant> {

        UtcInstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            String text = p.getText();
            if (UTC_INSTANT.matcher(text).matches()) {
                try {
                    return Instant.parse(text);
                } catch (DateTimeParseException e) {
                    // falls through: a well-formed but impossible date, e.g. 2026-02-30
                }
            }
            return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not a UTC ISO-8601 instant");
        }
    }
}
