package se.telefonpolicy.simulator.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the services' consumer groups are behind: the sum over every group and partition it reads of end
 * offset minus committed offset. Zero, twice in a row, means everything sent has been consumed.
 */
public final class ConsumerLag implements AutoCloseable {

    private final Admin admin;

    public ConsumerLag(String bootstrapServers, Map<String, Object> extraConfig) {
        Map<String, Object> config = new HashMap<>(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        config.putAll(extraConfig);
        this.admin = Admin.create(config);
    }

    /** Records not yet consumed by the named groups (all groups if none are named). */
    public long total(java.util.Set<String> groups) throws InterruptedException {
        try {
            long lag = 0;
            var listed = admin.listConsumerGroups().all().get().stream().map(ConsumerGroupListing::groupId)
                    .filter(g -> groups.isEmpty() || groups.contains(g)).collect(Collectors.toSet());
            for (String group : listed) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                if (committed.isEmpty()) {
                    continue;
                }
                Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(committed.keySet().stream()
                        .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()))).all().get();
                for (var entry : committed.entrySet()) {
                    long end = ends.get(entry.getKey()).offset();
                    long at = entry.getValue() == null ? 0 : entry.getValue().offset();
                    lag += Math.max(0, end - at);
                }
            }
            return lag;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kunde inte läsa konsumentgruppernas läge: " + e.getMessage(), e);
        }
    }

    /** Waits until no group lags, checked twice a poll apart (a consumer may be between a poll and its commit). */
    public void awaitCaughtUp(java.util.Set<String> groups, Duration timeout, Duration poll,
            java.util.function.LongConsumer progress) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int zeroes = 0;
        while (zeroes < 2) {
            long lag = total(groups);
            progress.accept(lag);
            zeroes = lag == 0 ? zeroes + 1 : 0;
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Tjänsterna har inte hunnit ikapp efter " + timeout.toSeconds()
                        + " s (" + lag + " händelser kvar)");
            }
            Thread.sleep(poll.toMillis());
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
