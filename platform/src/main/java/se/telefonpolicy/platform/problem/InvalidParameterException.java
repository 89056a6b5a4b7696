package se.telefonpolicy.platform.problem;

import jakarta.ws.rs.BadRequestException;

/**
 * A path or query parameter that cannot be read as its type. A {@code WebApplicationException}, so that
 * RESTEasy Reactive passes it on as it is instead of turning it into the 404 JAX-RS prescribes.
 */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
