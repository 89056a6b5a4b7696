package se.telefonpolicy.contracts;

/**
 * An event that breaks the contract: a required field missing, a malformed phone number, an unknown
 * enum value, JSON that cannot be read. The consumer sends such a message to the dead-letter topic
 * with {@link #getMessage()} as the reason and goes on.
 *
 * <p>Messages name the field and never repeat a phone number, so they are safe in logs and headers.
 */
public class InvalidEventException extends RuntimeException {

    /** The field name used when the whole document is at fault (not JSON, not an object). */
    public static final String WHOLE_EVENT = "$";

    private final String field;
    private final String problem;

    public InvalidEventException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
        this.problem = problem;
    }

    public InvalidEventException(String field, String problem, Throwable cause) {
        super(field + " " + problem, cause);
        this.field = field;
        this.problem = problem;
    }

    /** The offending field as a path into the event's JSON, e.g. {@code divertTarget.kind} or {@code phoneNumbers[0].number}. */
    public String field() {
        return field;
    }

    /** What is wrong with the field, e.g. {@code is required}; the message is field and problem. */
    public String problem() {
        return problem;
    }
}
