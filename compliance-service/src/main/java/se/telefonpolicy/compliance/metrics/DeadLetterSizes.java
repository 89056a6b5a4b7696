package se.telefonpolicy.compliance.metrics;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import se.telefonpolicy.contracts.Topic;

/**
 * telefonpolicy_dlq_records{topic}: end offset minus start offset of every {@code <topic>.dlq} in the
 * catalogue, i.e. the dead letters the broker still holds. A topic that does not exist yet counts 0.
 */
@ApplicationScoped
public class DeadLetterSizes {

    private static final Logger LOG = Logger.getLogger(DeadLetterSizes.class);
    private static final long TIMEOUT_MS = 5000;

    private final Admin admin;
    private final ComplianceMetrics metrics;

    @Inject
    public DeadLetterSizes(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, ComplianceMetrics metrics) {
        // the channels' connection and security settings, admin settings only
        Map<String, Object> adminConfig = kafkaConfig.entrySet().stream()
                .filter(e -> AdminClientConfig.configNames().contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        this.admin = Admin.create(adminConfig);
        this.metrics = metrics;
        Arrays.stream(Topic.values()).forEach(t -> metrics.setDeadLetters(t.dlqName(), 0));
    }

    @Scheduled(every = "${telefonpolicy.compliance.dlq-every}", identity = "compliance-dlq-sizes",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            refresh();
        } catch (Exception e) {
            // the broker being away is readiness's business; the gauges keep their last values
            LOG.debugf("Dead-letter sizes not read: %s", e.getMessage());
        }
    }

    /** Reads every dead-letter topic's size; returns them by topic. */
    public Map<String, Long> refresh() throws Exception {
        List<String> names = Arrays.stream(Topic.values()).map(Topic::dlqName).toList();
        var existing = admin.listTopics().names().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        List<String> present = names.stream().filter(existing::contains).toList();
        Map<String, TopicDescription> described = present.isEmpty() ? Map.of()
                : admin.describeTopics(present).allTopicNames().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        described.values().forEach(d -> d.partitions().forEach(p -> {
            earliest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.earliest());
            latest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest());
        }));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> start = earliest.isEmpty() ? Map.of()
                : admin.listOffsets(earliest).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = latest.isEmpty() ? Map.of()
                : admin.listOffsets(latest).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        Map<String, Long> sizes = new HashMap<>();
        names.forEach(n -> sizes.put(n, 0L));
        end.forEach((tp, info) -> sizes.merge(tp.topic(), info.offset() - start.get(tp).offset(), Long::sum));
        sizes.forEach(metrics::setDeadLetters);
        return sizes;
    }

    @PreDestroy
    void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
