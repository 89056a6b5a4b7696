package se.telefonpolicy.platform.watermark;

import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.TopicDescription;
import org.jboss.logging.Logger;

import se.telefonpolicy.platform.kafka.KafkaAdmin;

/**
 * How many partitions a topic has, as the broker says (not the catalogue: a cluster may have more). A
 * watermark is the lowest over every partition, so it must know them all, read or not.
 */
@ApplicationScoped
public class TopicPartitions {

    private static final Logger LOG = Logger.getLogger(TopicPartitions.class);
    private static final long REFRESH_MILLIS = 60_000;

    private final KafkaAdmin kafka;
    private final Map<String, Known> known = new ConcurrentHashMap<>();

    public TopicPartitions(KafkaAdmin kafka) {
        this.kafka = kafka;
    }

    /** The topic's partition count; empty while the broker cannot be asked and has never answered. */
    public OptionalInt count(String topic) {
        Known k = known.get(topic);
        long now = System.currentTimeMillis();
        if (k == null || now - k.at > REFRESH_MILLIS) {
            try {
                TopicDescription d = kafka.admin().describeTopics(java.util.List.of(topic))
                        .allTopicNames().get(5, TimeUnit.SECONDS).get(topic);
                k = new Known(d.partitions().size(), now);
                known.put(topic, k);
            } catch (Exception e) {
                LOG.debugf("Partitions of %s unknown for now: %s", topic, e.getMessage());
                if (k == null) {
                    return OptionalInt.empty();
                }
            }
        }
        return OptionalInt.of(k.partitions);
    }

    private record Known(int partitions, long at) {
    }
}
