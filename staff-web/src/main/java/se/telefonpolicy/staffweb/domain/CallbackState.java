package se.telefonpolicy.staffweb.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * An open callback as a manager follows it up: overdue (callback-service's {@code overdue}: no attempt by the due
 * time), due soon (not yet called, due within {@link #DUE_SOON_WITHIN}), or later. A task already called is not at
 * risk of breaking CALLBACK_2WD (the first attempt is what counts), so it is never "due soon".
 */
public enum CallbackState {
    OVERDUE("forsenad", "Försenad"),
    DUE_SOON("idag", "Inom 4 timmar"),
    LATER("senare", null);

    public static final Duration DUE_SOON_WITHIN = Duration.ofHours(4);

    private final String cssClass;
    private final String label;

    CallbackState(String cssClass, String label) {
        this.cssClass = cssClass;
        this.label = label;
    }

    public String cssClass() {
        return cssClass;
    }

    /** a word beside the colour (WCAG 1.4.1) */
    public String label() {
        return label;
    }

    public static CallbackState of(Instant dueAt, boolean overdue, boolean attempted, Instant now) {
        if (overdue) {
            return OVERDUE;
        }
        if (!attempted && dueAt != null && dueAt.isAfter(now) && !dueAt.isAfter(now.plus(DUE_SOON_WITHIN))) {
            return DUE_SOON;
        }
        return LATER;
    }
}
