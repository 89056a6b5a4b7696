package se.telefonpolicy.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import se.telefonpolicy.contracts.DeadLetter;
import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.platform.outbox.OutboxMessage;

/**
 * The dead letter of a refused record, as an outbox message for {@code <topic>.dlq}: the record unchanged
 * (key, value, headers), plus where it came from and why it was refused ({@link DeadLetter}'s headers).
 * {@link IncomingEvents} builds them for CloudEvents input; a consumer of another format (pbx-connector's CDRs)
 * builds them here too, so every dead letter looks the same.
 */
public final class DeadLetters {

    private DeadLetters() {
    }

    /** @param extraHeaders headers of the consumer's own, after the standard ones (may be empty) */
    public static OutboxMessage of(ConsumerRecord<String, String> record, InvalidEventException failure,
            String consumerGroup, Map<String, String> extraHeaders) {
        Map<String, String> headers = lastHeaderValues(record);
        headers.putAll(DeadLetter.headers(failure, consumerGroup, record.topic(), record.partition(), record.offset()));
        headers.putAll(extraHeaders);
        // the same record refused twice (a redelivery) is one dead letter: the id comes from its position
        UUID id = UUID.nameUUIDFromBytes((consumerGroup + "/" + record.topic() + "/" + record.partition() + "/"
                + record.offset()).getBytes(StandardCharsets.UTF_8));
        return new OutboxMessage(id, DeadLetter.topicFor(record.topic()), record.key(), null, null, null, null,
                record.value(), headers);
    }

    /** The record's headers as text, the last value of a repeated one winning. */
    static Map<String, String> lastHeaderValues(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header h : record.headers()) {
            headers.put(h.key(), h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
