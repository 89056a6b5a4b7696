package se.telefonpolicy.staffweb.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import se.telefonpolicy.contracts.availability.DivertTargetKind;
import se.telefonpolicy.contracts.availability.PresenceStatus;

/** availability-service's API, as far as the pages use it. */
@RegisterRestClient(configKey = "availability")
@RegisterClientHeaders(SignedInToken.class)
@ClientHeaderParam(name = "Accept", value = "application/json")
@Path("/api/v1")
public interface AvailabilityApi {

    @GET
    @Path("/employees/{employeeId}/presence")
    Presence presence(@PathParam("employeeId") String employeeId);

    @PUT
    @Path("/me/status")
    Presence setMyStatus(StatusRequest request);

    @GET
    @Path("/units/{unitId}/availability")
    UnitAvailability unitAvailability(@PathParam("unitId") String unitId);

    @GET
    @Path("/units/{unitId}/coverage")
    Coverage coverage(@PathParam("unitId") String unitId, @QueryParam("date") LocalDate date);

    @GET
    @Path("/diversions/violations")
    List<Violation> violations(@QueryParam("limit") int limit);

    @ClientExceptionMapper
    static ServiceRefused refused(Response response) {
        return ProblemResponses.toException("availability-service", response);
    }

    record DivertTarget(DivertTargetKind kind, String targetId) {
    }

    record Presence(String employeeId, PresenceStatus status, Instant since, Instant returnAt, String message,
            DivertTarget divertTarget, String source) {
    }

    record StatusRequest(PresenceStatus status, Instant returnsAt, String message, DivertTarget divertTarget) {
    }

    record Member(String employeeId, String name, String title, String extension, PresenceStatus status,
            Instant since, Instant returnAt, String message, DivertTarget divertTarget, boolean returnOverdue) {
    }

    record UnitAvailability(String unitId, Instant asOf, List<Member> canAnswer, List<Member> others) {
    }

    record Gap(Instant start, Instant end, long seconds, boolean breach) {
    }

    record Coverage(String unitId, LocalDate date, long openSeconds, long coveredSeconds, Double ratio,
            Instant evaluatedUntil, List<Gap> gaps) {
    }

    record Violation(String diversionId, String rule, String employeeId, String unitId, PresenceStatus status,
            Instant since, Instant returnAt, Instant violatedAt, Instant detectedAt) {
    }
}
