package se.telefonpolicy.contracts;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import se.telefonpolicy.contracts.directory.EmployeeDeleted;
import se.telefonpolicy.contracts.directory.UnitDeleted;

/**
 * One event as a Kafka record in CloudEvents 1.0 binary mode: the record key, the ce_* headers and
 * the JSON data as the value (null for a tombstone). Header names and formats are the ones SmallRye's
 * Kafka connector writes for an {@code OutgoingCloudEventMetadata}, so a service may publish through
 * SmallRye and read through this class, or the other way round.
 *
 * @param id      ce_id, a UUID: the idempotency key consumers dedupe on (inbox)
 * @param source  ce_source, see {@link EventType#source()}
 * @param type    gives ce_type and the topic
 * @param time    ce_time, the event's {@link DomainEvent#occurredAt()}
 * @param subject ce_subject, the event's {@link DomainEvent#subject()}
 * @param key     the Kafka record key, the event's {@link DomainEvent#key()}
 * @param data    the JSON data; null exactly for a {@linkplain EventType#tombstone() tombstone}
 */
public record EventEnvelope(UUID id, URI source, EventType type, Instant time, String subject, String key, String data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    public static final String HEADER_SPEC_VERSION = "ce_specversion";
    public static final String HEADER_ID = "ce_id";
    public static final String HEADER_SOURCE = "ce_source";
    public static final String HEADER_TYPE = "ce_type";
    public static final String HEADER_TIME = "ce_time";
    public static final String HEADER_SUBJECT = "ce_subject";
    /** SmallRye writes the data content type twice: as this attribute header and as {@link #HEADER_CONTENT_TYPE}. */
    public static final String HEADER_DATA_CONTENT_TYPE = "ce_datacontenttype";
    /** The CloudEvents Kafka binding maps datacontenttype to Kafka's own content-type header. */
    public static final String HEADER_CONTENT_TYPE = "content-type";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(key, "key");
        if (type.tombstone() != (data == null)) {
            throw new IllegalArgumentException(type.tombstone()
                    ? type + " is a tombstone and carries no data"
                    : type + " needs data");
        }
    }

    /** Wraps an event with a new random ce_id and its type's default source. */
    public static EventEnvelope of(DomainEvent event) {
        return of(event, UUID.randomUUID(), event.type().source());
    }

    /** Wraps an event with a given ce_id (e.g. the outbox row's id, so a re-relay keeps it) and source. */
    public static EventEnvelope of(DomainEvent event, UUID id, URI source) {
        Objects.requireNonNull(event, "event");
        EventType type = event.type();
        return new EventEnvelope(id, source, type, event.occurredAt(), event.subject(), event.key(),
                type.tombstone() ? null : EventJson.toJson(event));
    }

    public String topic() {
        return type.topic().topicName();
    }

    /** ce_time as SmallRye writes it (ISO offset date-time) and as CloudEvents reads it (RFC 3339), in UTC. */
    public String timeHeader() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.atOffset(ZoneOffset.UTC));
    }

    /** The Kafka headers, in the order SmallRye writes them; no content type on a tombstone, it has no data. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(HEADER_SPEC_VERSION, SPEC_VERSION);
        headers.put(HEADER_ID, id.toString());
        headers.put(HEADER_TYPE, type.ceType());
        headers.put(HEADER_SOURCE, source.toString());
        headers.put(HEADER_SUBJECT, subject);
        if (data != null) {
            headers.put(HEADER_DATA_CONTENT_TYPE, CONTENT_TYPE);
            headers.put(HEADER_CONTENT_TYPE, CONTENT_TYPE);
        }
        headers.put(HEADER_TIME, timeHeader());
        return Collections.unmodifiableMap(headers);
    }

    /**
     * Reads a received record: checks the CloudEvents attributes, then the data against its record, then
     * that key and ce_subject agree with the data.
     *
     * @param headers the record's headers as UTF-8 strings (the last value of a repeated header)
     * @param data    the record's value as a string; null for a tombstone
     * @throws InvalidEventException naming the header or field at fault: a dead letter
     */
    public static EventEnvelope fromKafka(String key, Map<String, String> headers, String data) {
        String specVersion = header(headers, HEADER_SPEC_VERSION);
        if (!SPEC_VERSION.equals(specVersion)) {
            throw new InvalidEventException(HEADER_SPEC_VERSION, "must be " + SPEC_VERSION);
        }
        String ceType = header(headers, HEADER_TYPE);
        EventType type = EventType.byCeType(ceType)
                .orElseThrow(() -> new InvalidEventException(HEADER_TYPE, "is not a known event type: " + ceType));
        UUID id;
        try {
            id = UUID.fromString(header(headers, HEADER_ID));
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException(HEADER_ID, "must be a UUID", e);
        }
        URI source;
        try {
            source = URI.create(header(headers, HEADER_SOURCE));
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException(HEADER_SOURCE, "must be a URI-reference", e);
        }
        Instant time;
        try {
            time = OffsetDateTime.parse(header(headers, HEADER_TIME)).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidEventException(HEADER_TIME, "must be an RFC 3339 date-time", e);
        }
        String subject = header(headers, HEADER_SUBJECT);
        if (key == null || key.isBlank()) {
            throw new InvalidEventException("key", "is required: every record has a key");
        }
        if (type.tombstone() && data != null) {
            throw new InvalidEventException(InvalidEventException.WHOLE_EVENT, "must be empty: " + ceType + " is a tombstone");
        }
        EventEnvelope envelope = new EventEnvelope(id, source, type, time, subject, key, type.tombstone() ? null : required(data));
        DomainEvent event = envelope.event();
        if (!event.subject().equals(subject)) {
            throw new InvalidEventException(HEADER_SUBJECT, "must be the data's subject " + event.subject());
        }
        if (!event.key().equals(key)) {
            throw new InvalidEventException("key", "must be the data's key " + event.key());
        }
        return envelope;
    }

    /** The event: parsed and validated from the data, or for a tombstone rebuilt from ce_subject and ce_time. */
    public DomainEvent event() {
        return switch (type) {
            case UNIT_DELETED -> new UnitDeleted(subject, time);
            case EMPLOYEE_DELETED -> new EmployeeDeleted(subject, time);
            default -> EventJson.fromJson(type, data);
        };
    }

    private static String required(String data) {
        if (data == null || data.isBlank()) {
            throw new InvalidEventException(InvalidEventException.WHOLE_EVENT, "is missing: the message has no data");
        }
        return data;
    }

    private static String header(Map<String, String> headers, String name) {
        String value = headers.get(name);
        if (value == null || value.isBlank()) {
            throw new InvalidEventException(name, "header is required");
        }
        return value;
    }
}
