package se.telefonpolicy.platform.problem;

/** Input that passed bean validation but breaks a rule, e.g. a parent unit that does not exist: a 400 naming the field. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
