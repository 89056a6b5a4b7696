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

    /** Records not yet consumed, per consumer group (the named groups, or all if none are named). */
    public Map<String, Long> byGroup(java.util.Set<String> groups) throws InterruptedException {
        try {
            Map<String, Long> lags = new java.util.TreeMap<>();
            var listed = admin.listConsumerGroups().all().get().stream().map(ConsumerGroupListing::groupId)
                    .filter(g -> groups.isEmpty() || groups.contains(g)).collect(Collectors.toSet());
            var described = admin.describeConsumerGroups(listed).all().get();
            for (String group : listed) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                // the partitions the group reads: those it committed and those assigned to its members; a
                // partition assigned but never committed is read from its start
                java.util.Set<TopicPartition> partitions = new java.util.HashSet<>(committed.keySet());
                described.get(group).members().forEach(m -> partitions.addAll(m.assignment().topicPartitions()));
                if (partitions.isEmpty()) {
                    continue;
                }
                Map<TopicPartition, ListOffsetsResultInfo> ends = offsets(partitions, OffsetSpec.latest());
                Map<TopicPartition, ListOffsetsResultInfo> starts = offsets(partitions, OffsetSpec.earliest());
                long lag = 0;
                for (TopicPartition partition : partitions) {
                    OffsetAndMetadata at = committed.get(partition);
                    long from = at != null ? at.offset() : starts.get(partition).offset();
                    lag += Math.max(0, ends.get(partition).offset() - from);
                }
                lags.put(group, lag);
            }
            return lags;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kunde inte läsa konsumentgruppernas läge: " + e.getMessage(), e);
        }
    }

    private Map<TopicPartition, ListOffsetsResultInfo> offsets(java.util.Set<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException {
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> spec))).all().get();
    }

    /**
     * Waits until no group lags, checked twice a poll apart (a consumer may be between a poll and its commit). It
     * waits as long as the lag keeps shrinking: it gives up only when the lag has not reached a new low for
     * {@code stall} — a busy machine is slow, a stopped consumer makes no progress.
     *
     * @param stall    how long the lag may go without a new low
     * @param progress told each poll what is left, per group
     */
    public void awaitCaughtUp(java.util.Set<String> groups, Duration stall, Duration poll,
            java.util.function.Consumer<Map<String, Long>> progress) throws InterruptedException {
        long deadline = System.nanoTime() + stall.toNanos();
        long lowest = Long.MAX_VALUE;
        int zeroes = 0;
        while (zeroes < 2) {
            Map<String, Long> lags = byGroup(groups);
            long lag = lags.values().stream().mapToLong(Long::longValue).sum();
            progress.accept(lags);
            zeroes = lag == 0 ? zeroes + 1 : 0;
            if (lag < lowest) {
                lowest = lag;
                deadline = System.nanoTime() + stall.toNanos();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Tjänsterna har inte kommit närmare på " + stall.toSeconds()
                        + " s (kvar: " + lags + ")");
            }
            Thread.sleep(poll.toMillis());
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
