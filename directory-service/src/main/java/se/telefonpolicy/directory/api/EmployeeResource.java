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
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import se.telefonpolicy.directory.domain.DirectoryQuality;
import se.telefonpolicy.directory.domain.Employee;
import se.telefonpolicy.directory.domain.Instants;
import se.telefonpolicy.directory.messaging.DirectoryEvents;
import se.telefonpolicy.directory.persistence.EmployeeRepository;
import se.telefonpolicy.directory.persistence.UnitRepository;
import se.telefonpolicy.platform.problem.InvalidFieldException;
import se.telefonpolicy.platform.security.Roles;
import se.telefonpolicy.platform.security.UnitScope;

/** The administrator's CRUD (a manager may list their units' members); every change publishes the full snapshot on directory.employees.v1 in the same transaction. */
@Path("/api/v1/employees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class EmployeeResource {

    private final EmployeeRepository employees;
    private final UnitRepository units;
    private final DirectoryEvents events;
    private final Clock clock;
    private final UnitScope scope;

    public EmployeeResource(EmployeeRepository employees, UnitRepository units, DirectoryEvents events, Clock clock,
            UnitScope scope) {
        this.employees = employees;
        this.units = units;
        this.events = events;
        this.clock = clock;
        this.scope = scope;
    }

    @POST
    @Transactional
    public Response create(@NotNull @Valid EmployeeRequest request) {
        if (request.id() == null) {
            throw new InvalidFieldException("id", "An employee id is required");
        }
        if (employees.exists(request.id())) {
            throw new ClientErrorException("Employee " + request.id() + " exists already", Response.Status.CONFLICT);
        }
        Employee employee = employees.insert(fromRequest(request.id(), request, null));
        events.employeeChanged(employee);
        return Response.created(URI.create("/api/v1/employees/" + employee.id())).entity(EmployeeView.of(employee)).build();
    }

    @PUT
    @Path("/{id}")
    @Transactional
    public EmployeeView update(@PathParam("id") String id, @NotNull @Valid EmployeeRequest request) {
        Employee current = employees.findEmployee(id).orElseThrow(() -> new NotFoundException("No employee " + id));
        if (request.id() != null && !request.id().equals(id)) {
            throw new InvalidFieldException("id", "The id cannot change; it must be " + id + " or left out");
        }
        Employee employee = employees.update(fromRequest(id, request, current));
        events.employeeChanged(employee);
        return EmployeeView.of(employee);
    }

    /**
     * Everyone, or the members of {@code unitId} (and, with {@code subunits=true}, of every unit below it). An
     * administrator any unit; a manager only a unit of their scope (platform's manager scope: the token's unit and the
     * units the directory names them manager of, with their sub-units), and {@code unitId} is required: a unit outside
     * it is a 403, known or not, checked before anything is looked up. An unknown unit has no members.
     */
    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
    public List<EmployeeView> list(@QueryParam("unitId") String unitIdParam, @QueryParam("subunits") boolean subunits) {
        String unitId = Input.text(unitIdParam);
        if (!scope.coversAll() && (unitId == null || !scope.mayManageUnit(unitId))) {
            throw new ForbiddenException("A manager sees only the members of the units they manage and their sub-units");
        }
        if (unitId == null) {
            return employees.list(null).stream().map(EmployeeView::of).toList();
        }
        List<String> unitIds = subunits ? DirectoryQuality.subtree(units.allUnits(), unitId) : List.of(unitId);
        return unitIds.stream().flatMap(id -> employees.list(id).stream()).map(EmployeeView::of).toList();
    }

    @GET
    @Path("/{id}")
    public EmployeeView get(@PathParam("id") String id) {
        return employees.findEmployee(id).map(EmployeeView::of).orElseThrow(() -> new NotFoundException("No employee " + id));
    }

    /** Removes the employee and publishes a tombstone; refused while they manage a unit, which would be left without one. */
    @DELETE
    @Path("/{id}")
    @Transactional
    public Response delete(@PathParam("id") String id) {
        if (!employees.exists(id)) {
            throw new NotFoundException("No employee " + id);
        }
        if (units.isManagedBy(id)) {
            throw new ClientErrorException("Employee " + id + " manages a unit; give it another manager first",
                    Response.Status.CONFLICT);
        }
        employees.delete(id);
        events.employeeDeleted(id, Instants.now(clock));
        return Response.noContent().build();
    }

    /** verifiedAt is the employee's own confirmation: an administrator's edit keeps it as it was. */
    private Employee fromRequest(String id, EmployeeRequest r, Employee current) {
        String hrId = Input.text(r.hrId());
        if (employees.hrIdTakenByOther(hrId, id)) {
            throw new InvalidFieldException("hrId", "Another employee has HR id " + hrId);
        }
        String unitId = Input.text(r.unitId());
        if (unitId != null && !units.exists(unitId)) {
            throw new InvalidFieldException("unitId", "No unit " + unitId);
        }
        return new Employee(id, hrId, Input.text(r.firstName()), Input.text(r.lastName()), Input.text(r.title()), unitId,
                Input.text(r.extension()), Input.phoneNumbers(r.phoneNumbers()), Input.text(r.email()), r.role(),
                r.voicemailEnabled(), Input.greeting(r.greeting()), Input.texts(r.responsibilities()),
                current == null ? null : current.verifiedAt(), r.active() == null || r.active(), Instants.now(clock));
    }
}
