package se.telefonpolicy.directory.api;

import java.net.URI;
import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import se.telefonpolicy.directory.domain.Unit;
import se.telefonpolicy.directory.messaging.DirectoryEvents;
import se.telefonpolicy.directory.persistence.UnitRepository;
import io.quarkus.security.Authenticated;
import se.telefonpolicy.platform.problem.InvalidFieldException;
import se.telefonpolicy.platform.security.Roles;

@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

    private final UnitRepository units;
    private final DirectoryEvents events;
    private final Clock clock;

    public UnitResource(UnitRepository units, DirectoryEvents events, Clock clock) {
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a unit and publishes its snapshot on directory.units.v1, both in one transaction. */
    @POST
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public Response create(@Valid UnitRequest request) {
        if (units.exists(request.id())) {
            throw new ClientErrorException("Unit " + request.id() + " exists already", Response.Status.CONFLICT);
        }
        if (request.parentId() != null && !units.exists(request.parentId())) {
            throw new InvalidFieldException("parentId", "No unit " + request.parentId());
        }
        Unit unit = units.insert(new Unit(request.id(), request.name(), request.parentId(), clock.instant()));
        events.unitChanged(unit);
        return Response.created(URI.create("/api/v1/units/" + unit.id())).entity(UnitView.of(unit)).build();
    }

    @GET
    @Authenticated
    @Path("/{id}")
    public UnitView get(@PathParam("id") String id) {
        return units.findUnit(id).map(UnitView::of).orElseThrow(() -> new NotFoundException("No unit " + id));
    }
}
