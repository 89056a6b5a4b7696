package se.telefonpolicy.platform.watermark;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The rule, plain Java: the lowest latest-read time over every partition of every input topic. */
public final class LowestWatermark {

    private LowestWatermark() {
    }

    /**
     * @param latestRead per topic, per partition, the latest event time read there
     * @param partitions per topic, how many partitions it has
     * @return the lowest over all of them; empty if a topic's partition count is unknown or one of its
     *         partitions has not been read yet (nothing is known about it, so nothing may be decided)
     */
    public static Optional<Instant> of(Map<String, Map<Integer, Instant>> latestRead, Map<String, Integer> partitions) {
        Instant lowest = null;
        for (Map.Entry<String, Integer> topic : partitions.entrySet()) {
            Map<Integer, Instant> read = latestRead.getOrDefault(topic.getKey(), Map.of());
            for (int p = 0; p < topic.getValue(); p++) {
                Instant t = read.get(p);
                if (t == null) {
                    return Optional.empty();
                }
                if (lowest == null || t.isBefore(lowest)) {
                    lowest = t;
                }
            }
        }
        return Optional.ofNullable(lowest);
    }
}
