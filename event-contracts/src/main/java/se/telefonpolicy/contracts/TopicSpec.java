package se.telefonpolicy.contracts;

import java.util.LinkedHashMap;
import java.util.Map;

/** A topic as Kafka creates it: name, partitions and topic-level configs. */
public record TopicSpec(String name, int partitions, Map<String, String> configs) {

    public TopicSpec {
        configs = Map.copyOf(configs);
    }

    static TopicSpec of(Topic topic) {
        Map<String, String> configs = new LinkedHashMap<>();
        configs.put("cleanup.policy", topic.cleanup().kafkaValue());
        topic.retention().ifPresent(r -> configs.put("retention.ms", Long.toString(r.toMillis())));
        return new TopicSpec(topic.topicName(), topic.partitions(), configs);
    }

    static TopicSpec deadLetterOf(Topic topic) {
        return new TopicSpec(topic.dlqName(), 1, Map.of(
                "cleanup.policy", "delete",
                "retention.ms", Long.toString(Topic.DLQ_RETENTION.toMillis())));
    }
}
