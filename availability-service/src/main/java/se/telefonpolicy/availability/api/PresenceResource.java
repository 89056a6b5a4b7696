package se.telefonpolicy.availability.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;
import se.telefonpolicy.availability.domain.Presence;
import se.telefonpolicy.availability.persistence.PresenceRepository;

@Path("/api/v1/employees/{employeeId}/presence")
@Produces(MediaType.APPLICATION_JSON)
public class PresenceResource {

    private final PresenceRepository presences;

    public PresenceResource(PresenceRepository presences) {
        this.presences = presences;
    }

    /** Someone's current status, return time and diversion: what callers are told, so any signed-in user may see it. */
    @GET
    @Authenticated
    public Presence get(@PathParam("employeeId") String employeeId) {
        return presences.findPresence(employeeId)
                .orElseThrow(() -> new NotFoundException("No presence known for " + employeeId));
    }
}
