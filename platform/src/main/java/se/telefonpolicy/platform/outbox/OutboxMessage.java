package se.telefonpolicy.platform.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One row of the outbox: a Kafka record to send after the transaction that wrote it commits.
 * A CloudEvent when {@code ceType} is set; otherwise a raw record (a dead letter). {@code partition} is null
 * but for a heartbeat, which is written to the partition it is about.
 */
public record OutboxMessage(
        UUID id,
        String topic,
        String key,
        String ceType,
        String ceSource,
        String ceSubject,
        Instant ceTime,
        String payload,
        Map<String, String> headers,
        Integer partition) {

    /** A message whose partition its key decides (every event but a heartbeat). */
    public OutboxMessage(UUID id, String topic, String key, String ceType, String ceSource, String ceSubject,
            Instant ceTime, String payload, Map<String, String> headers) {
        this(id, topic, key, ceType, ceSource, ceSubject, ceTime, payload, headers, null);
    }

    public OutboxMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        if (ceType != null) {
            Objects.requireNonNull(ceSource, "ceSource");
            Objects.requireNonNull(ceTime, "ceTime");
        }
    }

    public boolean isCloudEvent() {
        return ceType != null;
    }
}
