package se.telefonpolicy.platform.outbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which rows of a sent batch may be marked published: every acknowledged row, except one that follows a failed row
 * of the same stream (topic and key, or topic and partition for heartbeats). Marking that one would let the failed
 * row arrive after it when it is sent again, out of order; it is sent again with it instead.
 */
final class Acknowledgements {

    private Acknowledgements() {
    }

    /**
     * @param streams  each row's stream, in the order the rows were sent
     * @param acked    each row's outcome, the same order
     * @return the indexes of the rows to mark published
     */
    static List<Integer> publishable(List<String> streams, List<Boolean> acked) {
        if (streams.size() != acked.size()) {
            throw new IllegalArgumentException("one outcome per row: " + streams.size() + " rows, " + acked.size() + " outcomes");
        }
        Set<String> failed = new HashSet<>();
        List<Integer> publishable = new ArrayList<>();
        for (int i = 0; i < streams.size(); i++) {
            if (!acked.get(i)) {
                failed.add(streams.get(i));
            } else if (!failed.contains(streams.get(i))) {
                publishable.add(i);
            }
        }
        return publishable;
    }

    /** A row's stream: its key within its topic, or its explicit partition (heartbeats). */
    static String stream(String topic, String key, Integer partition) {
        return partition != null ? topic + "#" + partition : topic + "/" + key;
    }
}
