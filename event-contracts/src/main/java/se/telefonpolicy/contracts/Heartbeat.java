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
import java.util.Optional;
import java.util.UUID;

/**
 * A producer's promise about one partition: "what I send here from now on happened at or after
 * {@code watermark}" (less the consumers' allowed lateness). Sent on every partition of a topic while
 * the producer is idle, so that a quiet partition does not hold back its consumers' watermarks, and by a
 * republishing service with its own watermark. Not a {@link DomainEvent}: it is about a partition, not an
 * entity, may travel on every CloudEvents topic of the catalogue, and carries nothing to apply.
 *
 * <p>As a Kafka record: CloudEvents binary mode like every event, ce_type {@value #CE_TYPE}, ce_time and the
 * {@value #HEADER_WATERMARK} extension both the watermark, ce_subject {@code <topic>/<partition>}, key
 * {@value #KEY}, written to the partition it is about, and JSON data {@code {"topic", "partition", "watermark"}}.
 * Consumers that do not track watermarks skip it by its ce_type.
 *
 * <p>Ordinary events of a republishing service carry the same {@value #HEADER_WATERMARK} extension, the
 * producer's watermark when it wrote the event: a consumer takes a partition's time from it, not from
 * ce_time, because a republished stream is not in event-time order (see {@link #partitionTime}).
 */
public record Heartbeat(UUID id, URI source, String topic, int partition, Instant watermark) {

    public static final String CE_TYPE = "se.telefonpolicy.heartbeat.v1";
    /** Every heartbeat has this record key; the partition is chosen explicitly, not by the key. */
    public static final String KEY = "heartbeat";
    /** CloudEvents extension attribute "watermark" (binary mode: a ce_ header), RFC 3339 in UTC. */
    public static final String HEADER_WATERMARK = "ce_watermark";

    public Heartbeat {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Require.text(topic, "topic");
        if (partition < 0) {
            throw new InvalidEventException("partition", "must not be negative");
        }
        Objects.requireNonNull(watermark, "watermark");
    }

    public static Heartbeat of(URI source, String topic, int partition, Instant watermark) {
        return new Heartbeat(UUID.randomUUID(), source, topic, partition, watermark);
    }

    /** True if the record's ce_type header says heartbeat. */
    public static boolean isHeartbeat(Map<String, String> headers) {
        return CE_TYPE.equals(headers.get(EventEnvelope.HEADER_TYPE));
    }

    /**
     * The event time a record stands for on its partition: the producer's {@value #HEADER_WATERMARK} when it
     * wrote one (heartbeats and republished events), else ce_time (a source that sends in event-time order
     * per partition, like the PBX). Empty when neither is readable.
     */
    public static Optional<Instant> partitionTime(Map<String, String> headers) {
        String value = headers.get(HEADER_WATERMARK);
        if (value == null) {
            value = headers.get(EventEnvelope.HEADER_TIME);
        }
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** RFC 3339 in UTC, as ce_time is written. */
    public static String format(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    public String subject() {
        return topic + "/" + partition;
    }

    /** The Kafka headers, in the order SmallRye writes CloudEvents attributes. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(EventEnvelope.HEADER_SPEC_VERSION, EventEnvelope.SPEC_VERSION);
        headers.put(EventEnvelope.HEADER_ID, id.toString());
        headers.put(EventEnvelope.HEADER_TYPE, CE_TYPE);
        headers.put(EventEnvelope.HEADER_SOURCE, source.toString());
        headers.put(EventEnvelope.HEADER_SUBJECT, subject());
        headers.put(EventEnvelope.HEADER_DATA_CONTENT_TYPE, EventEnvelope.CONTENT_TYPE);
        headers.put(EventEnvelope.HEADER_CONTENT_TYPE, EventEnvelope.CONTENT_TYPE);
        headers.put(EventEnvelope.HEADER_TIME, format(watermark));
        headers.put(HEADER_WATERMARK, format(watermark));
        return Collections.unmodifiableMap(headers);
    }

    /** The JSON data. */
    public String data() {
        return "{\"topic\":\"" + topic + "\",\"partition\":" + partition + ",\"watermark\":\"" + format(watermark) + "\"}";
    }
}
