package se.telefonpolicy.staffweb.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;

/** compliance-service's API, as far as the pages use it. */
@RegisterRestClient(configKey = "compliance")
@RegisterClientHeaders(SignedInToken.class)
@ClientHeaderParam(name = "Accept", value = "application/json")
@Path("/api/v1")
public interface ComplianceApi {

    @GET
    @Path("/reports/units/{unitId}")
    Report report(@PathParam("unitId") String unitId, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("subunits") boolean subunits);

    /**
     * The same report as CSV (UTF-8 with BOM, semicolons, decimal commas), passed on to the browser as it comes: the
     * browser cannot send the signed-in token to compliance-service itself.
     */
    @GET
    @Path("/reports/units/{unitId}")
    @ClientHeaderParam(name = "Accept", value = "text/csv")
    byte[] reportCsv(@PathParam("unitId") String unitId, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("subunits") boolean subunits);

    @ClientExceptionMapper
    static ServiceRefused refused(Response response) {
        return ProblemResponses.toException("compliance-service", response);
    }

    record Figures(int callbacksTotal, int callbacksOnTime, int callbacksLate, int callbacksStillOverdue,
            Double medianWorkingHoursToCallback, int promisesTotal, int promisesKept, int diversionsWithoutReturnTime,
            int staleDiversions, Double serviceDeskCoverageRatio, int directoryProblems, int callsOffered,
            int callsAnswered, int callsMissed, Double answerRate) {
    }

    record Report(String unitId, String unitName, boolean subunits, List<String> units, LocalDate from, LocalDate to,
            Instant asOf, Figures figures) {
    }
}
