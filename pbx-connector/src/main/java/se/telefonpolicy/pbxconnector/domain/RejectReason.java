package se.telefonpolicy.pbxconnector.domain;

import java.util.Locale;

/**
 * Why a CDR went to {@code asterisk-cdr.dlq}: a bounded set, so it can be a metric label
 * ({@code telefonpolicy_pbx_cdr_rejected_total{reason}}) and the {@code dead-letter-reason-code} header.
 */
public enum RejectReason {
    /** Not JSON, or not one JSON object. */
    MALFORMED_JSON,
    /** A field the mapping needs is absent or empty. */
    MISSING_FIELD,
    /** A field has the wrong type or form (a time, a number, a disposition). */
    INVALID_FIELD,
    /** The extension or mailbox is in no active employee's directory entry. */
    UNKNOWN_EXTENSION,
    /** Neither party is internal by the number plan: not a call of ours. */
    NO_INTERNAL_PARTY;

    /** The label and header value, e.g. {@code unknown_extension}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
