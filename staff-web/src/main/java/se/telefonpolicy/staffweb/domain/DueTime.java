package se.telefonpolicy.staffweb.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A callback's due time as the officer's list shows it: in words ("senast onsdag 17:00"), overdue in red, due today
 * in amber. The published decision (MET/OVERDUE) is callback-service's, on event time; this is a hint on the clock.
 */
public record DueTime(String words, Urgency urgency) {

    public enum Urgency {
        /** past the due time and not called back */
        OVERDUE("forsenad", "Försenad"),
        /** due later today */
        TODAY("idag", "I dag"),
        /** a manager's follow-up: not called yet and due within {@link #DUE_SOON_WITHIN} */
        DUE_SOON("idag", "Inom 4 timmar"),
        LATER("senare", null);

        private final String cssClass;
        private final String label;

        Urgency(String cssClass, String label) {
            this.cssClass = cssClass;
            this.label = label;
        }

        public String cssClass() {
            return cssClass;
        }

        /** a word beside the colour, so that the colour is never the only sign (WCAG 1.4.1) */
        public String label() {
            return label;
        }
    }

    /** How near a manager's follow-up counts as "due soon". */
    public static final Duration DUE_SOON_WITHIN = Duration.ofHours(4);

    /**
     * An open callback as a manager follows it up: overdue (callback-service's {@code overdue}: no attempt by the due
     * time), due soon (not yet called, due within {@link #DUE_SOON_WITHIN}), or later. A task already called is not
     * at risk of breaking CALLBACK_2WD (the first attempt is what counts), so it is never "due soon".
     */
    public static Urgency followUp(Instant dueAt, boolean overdue, boolean attempted, Instant now) {
        if (overdue) {
            return Urgency.OVERDUE;
        }
        if (!attempted && dueAt != null && dueAt.isAfter(now) && !dueAt.isAfter(now.plus(DUE_SOON_WITHIN))) {
            return Urgency.DUE_SOON;
        }
        return Urgency.LATER;
    }

    public static DueTime of(Instant dueAt, Instant now) {
        if (now.isAfter(dueAt)) {
            return new DueTime("skulle ha ringts senast " + SwedishTime.words(dueAt, now), Urgency.OVERDUE);
        }
        LocalDate today = now.atZone(SwedishTime.ZONE).toLocalDate();
        boolean dueToday = dueAt.atZone(SwedishTime.ZONE).toLocalDate().equals(today);
        return new DueTime("senast " + SwedishTime.words(dueAt, now), dueToday ? Urgency.TODAY : Urgency.LATER);
    }
}
