package se.telefonpolicy.directory.api;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import se.telefonpolicy.directory.domain.Instants;
import se.telefonpolicy.directory.domain.Unit;
import se.telefonpolicy.directory.messaging.DirectoryEvents;
import se.telefonpolicy.directory.persistence.EmployeeRepository;
import se.telefonpolicy.directory.persistence.UnitRepository;
import se.telefonpolicy.platform.problem.InvalidFieldException;
import se.telefonpolicy.platform.security.Roles;

@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

    private final UnitRepository units;
    private final EmployeeRepository employees;
    private final DirectoryEvents events;
    private final Clock clock;

    public UnitResource(UnitRepository units, EmployeeRepository employees, DirectoryEvents events, Clock clock) {
        this.units = units;
        this.employees = employees;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a unit and publishes its snapshot on directory.units.v1, both in one transaction. */
    @POST
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public Response create(@NotNull @Valid UnitRequest request) {
        if (units.exists(request.id())) {
            throw new ClientErrorException("Unit " + request.id() + " exists already", Response.Status.CONFLICT);
        }
        if (request.parentId() != null && !units.exists(request.parentId())) {
            throw new InvalidFieldException("parentId", "No unit " + request.parentId());
        }
        Unit unit = units.insert(Unit.created(request.id(), request.name(), request.parentId(), Instants.now(clock)));
        events.unitChanged(unit);
        return Response.created(URI.create("/api/v1/units/" + unit.id())).entity(UnitView.of(unit)).build();
    }

    /** Replaces the unit's details and publishes the full snapshot in the same transaction. */
    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public UnitView update(@PathParam("id") String id, @NotNull @Valid UnitUpdateRequest request) {
        if (!units.exists(id)) {
            throw new NotFoundException("No unit " + id);
        }
        String parentId = Input.text(request.parentId());
        checkParent(id, parentId);
        String managerId = Input.text(request.managerEmployeeId());
        if (managerId != null && !employees.exists(managerId)) {
            throw new InvalidFieldException("managerEmployeeId", "No employee " + managerId);
        }
        if (request.serviceFunction() && request.serviceDesk() == null) {
            throw new InvalidFieldException("serviceDesk", "A service desk needs its opening hours and minimum staffing");
        }
        if (!request.serviceFunction() && request.serviceDesk() != null) {
            throw new InvalidFieldException("serviceDesk", "Only a unit with serviceFunction true has service-desk settings");
        }
        Unit unit = new Unit(id, request.name().strip(), parentId, managerId,
                Input.phoneNumber(request.phoneNumber(), "phoneNumber"), Input.text(request.email()),
                Input.serviceDesk(request.serviceDesk()), request.missedCallsCreateTasks(), Instants.now(clock));
        units.update(unit);
        events.unitChanged(unit);
        return UnitView.of(unit);
    }

    /** Removes a leaf unit without members and publishes a tombstone, so compaction drops it for every subscriber. */
    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public Response delete(@PathParam("id") String id) {
        if (!units.exists(id)) {
            throw new NotFoundException("No unit " + id);
        }
        if (units.hasChildren(id)) {
            throw new ClientErrorException("Unit " + id + " has sub-units; move or delete them first", Response.Status.CONFLICT);
        }
        if (employees.anyIn(id)) {
            throw new ClientErrorException("Unit " + id + " has employees; move or delete them first", Response.Status.CONFLICT);
        }
        units.delete(id);
        events.unitDeleted(id, Instants.now(clock));
        return Response.noContent().build();
    }

    @GET
    @Authenticated
    public List<UnitView> list() {
        return units.allUnits().stream().map(UnitView::of).toList();
    }

    @GET
    @Authenticated
    @Path("/{id}")
    public UnitView get(@PathParam("id") String id) {
        return units.findUnit(id).map(UnitView::of).orElseThrow(() -> new NotFoundException("No unit " + id));
    }

    /** The parent must exist and must not lie below the unit itself: the organisation stays a tree. */
    private void checkParent(String id, String parentId) {
        if (parentId == null) {
            return;
        }
        if (!units.exists(parentId)) {
            throw new InvalidFieldException("parentId", "No unit " + parentId);
        }
        for (String ancestor = parentId; ancestor != null;
                ancestor = units.findUnit(ancestor).map(Unit::parentId).orElse(null)) {
            if (ancestor.equals(id)) {
                throw new InvalidFieldException("parentId", "Unit " + parentId + " lies under " + id + "; that would make a cycle");
            }
        }
    }
}
