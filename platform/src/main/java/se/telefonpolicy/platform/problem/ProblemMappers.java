package se.telefonpolicy.platform.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Turns every error of every service into problem+json; bad input is a 4xx that names the field, never a 500. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final URI VALIDATION = URI.create("https://telefonpolicy.se/problems/validation");
    private static final String BODY = "body";

    @ServerExceptionMapper(priority = 1)
    public Response violations(ResteasyReactiveViolationException e, UriInfo uri) {
        return constraintViolations(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response constraintViolations(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(ProblemMappers::fieldError)
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(new Problem(VALIDATION, "Invalid request", 400,
                "The request has " + errors.size() + " invalid field(s).", instance(uri), errors));
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidField(InvalidFieldException e, UriInfo uri) {
        return respond(new Problem(VALIDATION, "Invalid request", 400, e.getMessage(), instance(uri),
                List.of(new Problem.FieldError(e.field(), e.getMessage()))));
    }

    /** Quarkus maps this subtype (a wrong type, an unknown enum value) itself, without naming the field. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : null;
        String detail = e.getOriginalMessage();
        List<Problem.FieldError> errors = field == null ? List.of() : List.of(new Problem.FieldError(field, detail));
        return respond(new Problem(VALIDATION, "Unreadable JSON", 400, detail, instance(uri), errors));
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        String detail = e.parameter() + " " + e.getMessage();
        return respond(new Problem(VALIDATION, "Invalid request", 400, detail, instance(uri),
                List.of(new Problem.FieldError(e.parameter(), e.getMessage()))));
    }

    @ServerExceptionMapper(priority = 1)
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e instanceof NotFoundException && e.getCause() != null && !(e.getCause() instanceof WebApplicationException)) {
            // JAX-RS answers a path or query parameter it could not convert with a 404; it is the input that is wrong
            return respond(new Problem(VALIDATION, "Invalid request", 400,
                    "A path or query parameter does not have the type the API expects.", instance(uri), List.of()));
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        return respond(new Problem(URI.create("about:blank"), status.getReasonPhrase(), status.getStatusCode(),
                e.getMessage(), instance(uri), List.of()));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(URI.create("about:blank"), "Forbidden", 403,
                "Your role does not allow this.", instance(uri), List.of()));
    }

    /** Missing, expired or forged token: the same answer, so as not to tell an attacker which. */
    private static Response unauthorized(UriInfo uri) {
        Problem problem = new Problem(URI.create("about:blank"), "Unauthorized", 401,
                "A valid bearer token is required.", instance(uri), List.of());
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer").entity(problem).build();
    }

    @ServerExceptionMapper(priority = 10)
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.errorf(e, "Unexpected error on %s", uri.getPath());
        return respond(new Problem(URI.create("about:blank"), "Internal Server Error", 500,
                "Something went wrong on our side; the error is logged.", instance(uri), List.of()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The decoded path quoted again: a path parameter such as {@code ' OR 1=1 --} must not make the answer a 500. */
    private static URI instance(UriInfo uri) {
        try {
            return new URI(null, null, uri.getPath(), null);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
        String field = fieldName(violation);
        boolean missingBody = BODY.equals(field)
                && violation.getConstraintDescriptor().getAnnotation().annotationType() == NotNull.class;
        return new Problem.FieldError(field, missingBody ? "is required: send a JSON body" : violation.getMessage());
    }

    /**
     * "create.request.returnsAt" becomes "returnsAt": the client knows its own field, not our method; a
     * constraint on the request entity itself (a missing body) is on "body".
     */
    private static String fieldName(ConstraintViolation<?> violation) {
        String parameter = null;
        StringBuilder property = new StringBuilder();
        Path.MethodNode method = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
            } else if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                if (method != null && isEntity(violation.getRootBeanClass(), method,
                        node.as(Path.ParameterNode.class).getParameterIndex())) {
                    parameter = BODY;
                }
            } else if (node.getKind() == ElementKind.PROPERTY) {
                property.append(property.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        if (!property.isEmpty()) {
            return property.toString();
        }
        return parameter != null ? parameter : violation.getPropertyPath().toString();
    }

    /** The request entity is the one parameter of a resource method without a JAX-RS (or RESTEasy) annotation. */
    private static boolean isEntity(Class<?> resource, Path.MethodNode node, int index) {
        Class<?>[] types = node.getParameterTypes().toArray(Class<?>[]::new);
        for (Class<?> c = resource; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Method method = c.getDeclaredMethod(node.getName(), types);
                for (Annotation a : method.getParameterAnnotations()[index]) {
                    String owner = a.annotationType().getPackageName();
                    if (owner.startsWith("jakarta.ws.rs") || owner.startsWith("org.jboss.resteasy.reactive")) {
                        return false;
                    }
                }
                return true;
            } catch (NoSuchMethodException e) {
                // a CDI subclass: the resource's own method is declared further up
            }
        }
        return false;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
