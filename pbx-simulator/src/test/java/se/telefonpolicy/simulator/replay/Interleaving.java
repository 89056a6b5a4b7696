package se.telefonpolicy.simulator.replay;

import java.util.List;
import java.util.Random;

/**
 * One way of delivering the same fortnight: how many partitions every topic has, in which order the producer
 * merges the per-key streams (each key's own order kept, as Kafka guarantees), and which services are stopped
 * (SIGSTOP) while the others read on.
 *
 * @param seed       the merge order and the pauses come from it; printed, so a failing run can be repeated
 * @param partitions of every topic (dead-letter topics keep one)
 * @param pauses     at which share of the events sent which service is stopped, until the others caught up
 */
public record Interleaving(long seed, int partitions, List<Pause> pauses) {

    public record Pause(double atShare, String service) {
    }

    static final List<String> SERVICES = List.of("availability", "callback", "compliance");

    /** A random one: partitions 1, 2, 3 or 6, and two or three pauses of random services. */
    public static Interleaving random(long seed) {
        Random random = new Random(seed);
        int[] counts = { 1, 2, 3, 6 };
        int pauses = 2 + random.nextInt(2);
        List<Pause> list = new java.util.ArrayList<>();
        for (int i = 0; i < pauses; i++) {
            list.add(new Pause((i + random.nextDouble()) / pauses, SERVICES.get(random.nextInt(SERVICES.size()))));
        }
        return new Interleaving(seed, counts[random.nextInt(counts.length)], List.copyOf(list));
    }

    @Override
    public String toString() {
        return "seed " + seed + ", " + partitions + " partitions, pauses " + pauses;
    }
}
