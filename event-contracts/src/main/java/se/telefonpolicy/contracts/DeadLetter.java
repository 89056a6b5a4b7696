package se.telefonpolicy.contracts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The dead-letter convention. A message that cannot be read or breaks the contract goes, unchanged
 * (same key, value and ce_* headers, so it can be replayed), to {@code <topic>.dlq} with these headers
 * added, and the consumer goes on.
 *
 * <p>The names are the ones SmallRye's Kafka connector writes with
 * {@code failure-strategy=dead-letter-queue}, so a service that uses that strategy (with
 * {@code dead-letter-queue.topic=<topic>.dlq}) follows the convention without extra code, and a service
 * that writes dead letters itself (batch consumers) writes the same headers with {@link #headers}.
 */
public final class DeadLetter {

    /** Why the message was refused; for a contract violation the {@link InvalidEventException} message. */
    public static final String REASON = "dead-letter-reason";
    /** The exception's cause, if any. */
    public static final String CAUSE = "dead-letter-cause";
    /** The exception's class name. */
    public static final String EXCEPTION_CLASS = "dead-letter-exception-class-name";
    /** The topic the message was read from. */
    public static final String ORIGINAL_TOPIC = "dead-letter-topic";
    /** Its partition there, as a decimal string. */
    public static final String ORIGINAL_PARTITION = "dead-letter-partition";
    /** Its offset there, as a decimal string. */
    public static final String ORIGINAL_OFFSET = "dead-letter-offset";
    /** Our addition: the field an InvalidEventException named, so dead letters can be grouped by cause. */
    public static final String FIELD = "dead-letter-field";
    /** Our addition: the consumer group that refused it; several services read one topic. */
    public static final String CONSUMER_GROUP = "dead-letter-consumer-group";

    private DeadLetter() {
    }

    /** {@code <topic>.dlq}. */
    public static String topicFor(String topic) {
        return topic + Topic.DLQ_SUFFIX;
    }

    /** The headers to add to a dead letter; the original record's own headers are kept beside them. */
    public static Map<String, String> headers(Throwable failure, String consumerGroup, String topic, int partition, long offset) {
        Objects.requireNonNull(failure, "failure");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(REASON, String.valueOf(failure.getMessage()));
        if (failure.getCause() != null) {
            headers.put(CAUSE, String.valueOf(failure.getCause().getMessage()));
        }
        headers.put(EXCEPTION_CLASS, failure.getClass().getName());
        headers.put(ORIGINAL_TOPIC, Objects.requireNonNull(topic, "topic"));
        headers.put(ORIGINAL_PARTITION, Integer.toString(partition));
        headers.put(ORIGINAL_OFFSET, Long.toString(offset));
        if (failure instanceof InvalidEventException invalid) {
            headers.put(FIELD, invalid.field());
        }
        headers.put(CONSUMER_GROUP, Objects.requireNonNull(consumerGroup, "consumerGroup"));
        return Collections.unmodifiableMap(headers);
    }
}
