package se.telefonpolicy.pbxconnector.domain;

import java.util.Objects;

/**
 * A CDR that cannot be mapped: it goes to the dead-letter topic with this reason and the stream goes on.
 * Messages name the field, never a number, so they are safe in logs and headers.
 */
public class CdrRejected extends RuntimeException {

    private final RejectReason reason;
    private final String field;
    private final String problem;

    public CdrRejected(RejectReason reason, String field, String problem) {
        super(field + " " + problem);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.field = Objects.requireNonNull(field, "field");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public RejectReason reason() {
        return reason;
    }

    /** The CDR field at fault, in Asterisk's spelling ({@code Destination}, {@code LastData}); {@code $} for the whole record. */
    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
