package se.telefonpolicy.pbxconnector.domain;

import java.util.List;
import java.util.Objects;

import se.telefonpolicy.contracts.DomainEvent;

/**
 * What one CDR becomes: the canonical events, in the order they happened, or nothing with a reason
 * (a record that is valid but not a call between a person and a caller, e.g. a failed dial or a
 * mailbox check). A record that cannot be mapped is a {@link CdrRejected} instead.
 *
 * @param ignored why no event was made; null when there are events
 */
public record CdrOutcome(List<DomainEvent> events, IgnoreReason ignored) {

    /** Bounded: a metric label ({@code telefonpolicy_pbx_cdr_ignored_total{reason}}). */
    public enum IgnoreReason {
        /** FAILED or CONGESTION on an incoming call: it never reached the person, so it was never offered. */
        NOT_CONNECTED,
        /** A PBX service code (e.g. *97 to check one's mailbox). */
        FEATURE_CODE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public CdrOutcome {
        events = List.copyOf(events);
        if (events.isEmpty() == (ignored == null)) {
            throw new IllegalArgumentException("either events or a reason to ignore the record");
        }
    }

    static CdrOutcome of(List<DomainEvent> events) {
        return new CdrOutcome(events, null);
    }

    static CdrOutcome ignored(IgnoreReason reason) {
        return new CdrOutcome(List.of(), Objects.requireNonNull(reason));
    }
}
