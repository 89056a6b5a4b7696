package se.telefonpolicy.pbxconnector.api;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import se.telefonpolicy.pbxconnector.domain.WebhookSignature;
import se.telefonpolicy.platform.problem.Problem;

/** A refused signature is a 401 problem+json that says which check failed (not the platform's bearer-token 401). */
public class WebhookProblems {

    private static final URI SIGNATURE = URI.create("https://telefonpolicy.se/problems/webhook-signature");

    @ServerExceptionMapper(priority = 1)
    public Response refused(WebhookSignature.Rejected e, UriInfo uri) {
        Problem problem = new Problem(SIGNATURE, "Unauthorized", 401, e.getMessage(), URI.create(uri.getPath()), List.of());
        return Response.status(401).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
