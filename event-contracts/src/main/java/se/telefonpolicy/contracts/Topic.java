package se.telefonpolicy.contracts;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The topic catalogue: every topic the system reads or writes, as production has it.
 * The services, the test broker, the local run and the deployment files all read this one list.
 *
 * <p>Every topic carries CloudEvents of its {@link EventType}s, except the {@linkplain #cloudEvents() external}
 * ones: a PBX writes them in its own format (plain JSON, no ce_* headers), and only the pbx-connector reads them.
 */
public enum Topic {
    PBX_CALLS("pbx.calls.v1", "internal party id (employee or unit)", 6, Cleanup.DELETE, Duration.ofDays(30)),
    PBX_PRESENCE("pbx.presence.v1", "employee id", 6, Cleanup.DELETE, Duration.ofDays(30)),
    DIRECTORY_UNITS("directory.units.v1", "unit id", 3, Cleanup.COMPACT, null),
    DIRECTORY_EMPLOYEES("directory.employees.v1", "employee id", 6, Cleanup.COMPACT, null),
    AVAILABILITY_STATUS("availability.status.v1", "employee id", 6, Cleanup.DELETE, Duration.ofDays(30)),
    AVAILABILITY_COVERAGE("availability.coverage.v1", "unit id", 3, Cleanup.DELETE, Duration.ofDays(90)),
    CALLBACK_TASKS("callbacks.tasks.v1", "callback task id", 6, Cleanup.DELETE, Duration.ofDays(90)),
    COMPLIANCE_BREACHES("compliance.breaches.v1", "unit id", 3, Cleanup.DELETE, Duration.ofDays(400)),
    /**
     * NOT CloudEvents: Asterisk's cdr_kafka module writes one plain JSON object per call detail record
     * (its own field names, local times); the pbx-connector maps them to the canonical PBX events. The
     * name is cdr_kafka's default and carries no version: its format is Asterisk's, not ours.
     */
    ASTERISK_CDR("asterisk-cdr", "Asterisk UniqueID, or none (cdr_kafka sends records without a key)", 3,
            Cleanup.DELETE, Duration.ofDays(30), "asterisk");

    /** Kafka's cleanup.policy. */
    public enum Cleanup {
        DELETE("delete"), COMPACT("compact");

        private final String kafkaValue;

        Cleanup(String kafkaValue) {
            this.kafkaValue = kafkaValue;
        }

        public String kafkaValue() {
            return kafkaValue;
        }
    }

    /** Dead letters are kept long enough for someone to look at them after a holiday. */
    public static final Duration DLQ_RETENTION = Duration.ofDays(30);
    public static final String DLQ_SUFFIX = ".dlq";

    private final String topicName;
    private final String key;
    private final int partitions;
    private final Cleanup cleanup;
    private final Duration retention;
    private final String externalProducer;

    Topic(String topicName, String key, int partitions, Cleanup cleanup, Duration retention) {
        this(topicName, key, partitions, cleanup, retention, null);
    }

    Topic(String topicName, String key, int partitions, Cleanup cleanup, Duration retention, String externalProducer) {
        this.topicName = topicName;
        this.key = key;
        this.partitions = partitions;
        this.cleanup = cleanup;
        this.retention = retention;
        this.externalProducer = externalProducer;
    }

    /**
     * True when the topic carries CloudEvents of this catalogue's {@link EventType}s; false for a topic an
     * external system writes in its own format (see {@link #externalProducer()}), which has no event types.
     */
    public boolean cloudEvents() {
        return externalProducer == null;
    }

    /** The outside system that writes a non-CloudEvents topic, e.g. {@code asterisk}; empty for our own topics. */
    public Optional<String> externalProducer() {
        return Optional.ofNullable(externalProducer);
    }

    public String topicName() {
        return topicName;
    }

    /** What the record key holds; one entity's events share a key, so they stay in order. */
    public String key() {
        return key;
    }

    public int partitions() {
        return partitions;
    }

    public Cleanup cleanup() {
        return cleanup;
    }

    /** Time-based retention; empty for compacted topics, which keep the latest record per key forever. */
    public Optional<Duration> retention() {
        return Optional.ofNullable(retention);
    }

    public String dlqName() {
        return topicName + DLQ_SUFFIX;
    }

    public static Optional<Topic> byName(String name) {
        return Arrays.stream(values()).filter(t -> t.topicName.equals(name)).findFirst();
    }

    /** Every topic to create, dead-letter topics included, as name and Kafka topic configs. */
    public static List<TopicSpec> allSpecs() {
        return Arrays.stream(values())
                .flatMap(t -> java.util.stream.Stream.of(TopicSpec.of(t), TopicSpec.deadLetterOf(t)))
                .toList();
    }
}
