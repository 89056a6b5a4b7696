package se.telefonpolicy.compliance.domain;

/** ANSWER_RATE and RIGHT_OFFICER figures: calls offered, answered and missed, and calls bounced (3+ transfers). */
public record CallCounts(long offered, long answered, long missed, long bounced) {

    public static final int BOUNCED_AT_TRANSFERS = 3;

    /** answered / offered, null when nothing was offered. */
    public Double answerRate() {
        return offered == 0 ? null : (double) answered / offered;
    }

    /** RIGHT_OFFICER: a call transferred this many times or more counts as bounced. */
    public static boolean bounced(int transferCount) {
        return transferCount >= BOUNCED_AT_TRANSFERS;
    }
}
