package se.telefonpolicy.compliance.domain;

/**
 * ANSWER_RATE and RIGHT_OFFICER figures: offers, answers and misses of first legs (one per call: the leg the call
 * was first offered to) and of every leg, and calls bounced (3+ transfers).
 */
public record CallCounts(Legs firstLegs, Legs legs, long bounced) {

    public static final int BOUNCED_AT_TRANSFERS = 3;

    /** Legs offered, answered and missed, each counted by the time of its own event. */
    public record Legs(long offered, long answered, long missed) {

        /** answered / offered, null when nothing was offered. */
        public Double answerRate() {
            return offered == 0 ? null : (double) answered / offered;
        }
    }

    /** RIGHT_OFFICER: a call transferred this many times or more counts as bounced. */
    public static boolean bounced(int transferCount) {
        return transferCount >= BOUNCED_AT_TRANSFERS;
    }
}
