package se.telefonpolicy.staffweb.services;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import se.telefonpolicy.contracts.callback.CallbackOrigin;
import se.telefonpolicy.contracts.callback.CallbackOutcome;

/** callback-service's API, as far as the pages use it. */
@RegisterRestClient(configKey = "callback")
@RegisterClientHeaders(SignedInToken.class)
@ClientHeaderParam(name = "Accept", value = "application/json")
@Path("/api/v1")
public interface CallbackApi {

    @GET
    @Path("/me/callbacks")
    List<Task> myTasks(@QueryParam("status") String status);

    @GET
    @Path("/callbacks/{id}")
    Task task(@PathParam("id") UUID id);

    @POST
    @Path("/callbacks/{id}/attempts")
    Task registerAttempt(@PathParam("id") UUID id, Attempt attempt);

    @POST
    @Path("/callbacks/{id}/complete")
    Task complete(@PathParam("id") UUID id, Completion completion);

    @POST
    @Path("/callbacks")
    Task promise(Promise promise);

    @GET
    @Path("/units/{unitId}/callbacks")
    List<Task> unitTasks(@PathParam("unitId") String unitId, @QueryParam("status") String status);

    /** The unit list as CSV, without caller numbers (callback-service leaves them out). */
    @GET
    @Path("/units/{unitId}/callbacks/export")
    @ClientHeaderParam(name = "Accept", value = "text/csv")
    byte[] unitTasksCsv(@PathParam("unitId") String unitId, @QueryParam("status") String status);

    @ClientExceptionMapper
    static ServiceRefused refused(Response response) {
        return ProblemResponses.toException("callback-service", response);
    }

    record Attempt(Instant madeAt) {
    }

    record Completion(CallbackOutcome outcome) {
    }

    record Promise(String callerNumber, Instant dueAt, String employeeId, String relatedTaskId) {
    }

    record Task(UUID id, CallbackOrigin origin, String status, String employeeId, String unitId, String callerNumber,
            Instant receivedAt, Instant dueAt, int messageCount, Instant lastMessageAt, Instant firstAttemptAt,
            Boolean onTime, boolean overdue, CallbackOutcome outcome, Instant completedAt, String relatedTaskId) {
    }
}
