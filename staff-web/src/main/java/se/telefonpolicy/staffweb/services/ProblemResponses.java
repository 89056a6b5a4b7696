package se.telefonpolicy.staffweb.services;

import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a service's problem+json answer into a {@link ServiceRefused}; registered on every client. */
public final class ProblemResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemResponses() {
    }

    public static ServiceRefused toException(String service, Response response) {
        if (response.getStatus() < 400) {
            return null;
        }
        String detail = null;
        try {
            String body = response.readEntity(String.class);
            JsonNode problem = JSON.readTree(body);
            if (problem.has("errors") && problem.get("errors").size() > 0) {
                detail = java.util.stream.StreamSupport.stream(problem.get("errors").spliterator(), false)
                        .map(e -> e.path("field").asText() + ": " + e.path("message").asText())
                        .collect(Collectors.joining("; "));
            } else if (problem.hasNonNull("detail")) {
                detail = problem.get("detail").asText();
            } else if (problem.hasNonNull("title")) {
                detail = problem.get("title").asText();
            }
        } catch (RuntimeException | java.io.IOException e) {
            // not problem+json: the status alone says enough
        }
        return new ServiceRefused(service, response.getStatus(), detail);
    }
}
