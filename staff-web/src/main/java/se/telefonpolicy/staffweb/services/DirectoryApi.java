package se.telefonpolicy.staffweb.services;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;

/** directory-service's API, as far as the pages use it (its README lists the whole). */
@RegisterRestClient(configKey = "directory")
@RegisterClientHeaders(SignedInToken.class)
@ClientHeaderParam(name = "Accept", value = "application/json")
@Path("/api/v1")
public interface DirectoryApi {

    @GET
    @Path("/me")
    Me me();

    @PUT
    @Path("/me")
    Me confirm(Confirm confirm);

    @GET
    @Path("/search")
    List<SearchHit> search(@QueryParam("q") String q, @QueryParam("limit") int limit);

    @GET
    @Path("/units")
    List<Unit> units();

    @GET
    @Path("/units/{id}")
    Unit unit(@PathParam("id") String unitId);

    /** The members of the unit and, with {@code subunits}, of every unit below it; a manager only for a unit of their scope. */
    @GET
    @Path("/employees")
    List<Employee> employees(@QueryParam("unitId") String unitId, @QueryParam("subunits") boolean subunits);

    @GET
    @Path("/quality")
    List<QualityEntry> quality(@QueryParam("unit") String unitId);

    @ClientExceptionMapper
    static ServiceRefused refused(Response response) {
        return ProblemResponses.toException("directory-service", response);
    }

    record Confirm(boolean confirm) {
    }

    record PhoneNumber(String kind, String number) {
    }

    record Greeting(Instant recordedAt, Integer lengthSeconds) {
    }

    record Finding(String rule, String field, String message) {
    }

    record Me(String id, String firstName, String lastName, String title, String unitId, String extension,
            List<PhoneNumber> phoneNumbers, String email, String role, boolean voicemailEnabled, Greeting greeting,
            List<String> responsibilities, Instant verifiedAt, List<Finding> problems) {

        public String name() {
            return Names.full(firstName, lastName, id);
        }
    }

    record SearchHit(String kind, String id, String name, String title, String unitId, String unitName,
            String phoneNumber, String extension, double score) {

        public boolean employee() {
            return "EMPLOYEE".equals(kind);
        }
    }

    record Unit(String id, String name, String parentId, String managerEmployeeId, String phoneNumber,
            boolean serviceFunction) {
    }

    /** As much of directory-service's EmployeeView as the pages use. */
    record Employee(String id, String firstName, String lastName, String unitId) {

        public String name() {
            return Names.full(firstName, lastName, id);
        }
    }

    record QualityEntry(String employeeId, String firstName, String lastName, String unitId, List<Finding> problems) {

        public String name() {
            return Names.full(firstName, lastName, employeeId);
        }
    }
}
