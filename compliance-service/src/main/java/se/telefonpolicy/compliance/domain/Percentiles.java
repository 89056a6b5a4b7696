package se.telefonpolicy.compliance.domain;

import java.util.List;

/** The report's percentiles, defined so a manager can check them by hand. */
public final class Percentiles {

    private Percentiles() {
    }

    /** The middle value; for an even count the mean of the two middle ones; null for none. */
    public static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Nearest rank: the smallest value with at least 90 % of the values at or below it; null for none. */
    public static Double p90(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(0.9 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
