package se.telefonpolicy.directory.api;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import se.telefonpolicy.directory.domain.DirectoryQuality;
import se.telefonpolicy.directory.domain.Employee;
import se.telefonpolicy.directory.domain.Unit;
import se.telefonpolicy.directory.domain.Instants;
import se.telefonpolicy.directory.messaging.DirectoryEvents;
import se.telefonpolicy.directory.persistence.EmployeeRepository;
import se.telefonpolicy.directory.persistence.UnitRepository;
import se.telefonpolicy.platform.security.CurrentUser;
import se.telefonpolicy.platform.security.Roles;

/** Self-service: the signed-in employee reads, corrects and confirms their own directory entry. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.EMPLOYEE)
public class MeResource {

    private final EmployeeRepository employees;
    private final DirectoryEvents events;
    private final CurrentUser user;
    private final Clock clock;
    private final UnitRepository units;
    private final QualityChecks quality;

    public MeResource(EmployeeRepository employees, DirectoryEvents events, CurrentUser user, Clock clock,
            UnitRepository units, QualityChecks quality) {
        this.units = units;
        this.quality = quality;
        this.employees = employees;
        this.events = events;
        this.user = user;
        this.clock = clock;
    }

    /** Your entry and what is wrong with it (DIRECTORY_CORRECT, VOICEMAIL_ENABLED, GREETING_RECORDED). */
    @GET
    public MeView get() {
        return view(me());
    }

    @PUT
    @Transactional
    public MeView update(@NotNull @Valid MeRequest request) {
        Employee current = me();
        var details = new Employee.OwnDetails(
                keep(request.firstName(), current.firstName()),
                keep(request.lastName(), current.lastName()),
                keep(request.title(), current.title()),
                keep(request.extension(), current.extension()),
                request.phoneNumbers() == null ? current.phoneNumbers() : Input.phoneNumbers(request.phoneNumbers()),
                keep(request.email(), current.email()),
                request.responsibilities() == null ? current.responsibilities() : Input.texts(request.responsibilities()));
        Employee updated = current.withOwnDetails(details, Instants.now(clock));
        if (request.confirm()) {
            updated = updated.confirmedAt(Instants.now(clock));
        }
        employees.update(updated);
        events.employeeChanged(updated);
        return view(updated);
    }

    private MeView view(Employee e) {
        Map<String, Unit> unit = e.unitId() == null ? Map.of()
                : units.findUnit(e.unitId()).map(u -> Map.of(u.id(), u)).orElse(Map.of());
        return new MeView(EmployeeView.of(e), quality.check(e, unit));
    }

    /** The employee's fields at the top level, as in the administrator's view, plus their problems. */
    public record MeView(@JsonUnwrapped EmployeeView employee, List<DirectoryQuality.Finding> problems) {
    }

    private Employee me() {
        String id = user.employeeId().orElseThrow(() -> new NotFoundException("The token names no employee"));
        return employees.findEmployee(id).orElseThrow(() -> new NotFoundException("You are not in the directory yet"));
    }

    /** Left out: unchanged; empty: cleared. */
    private static String keep(String sent, String current) {
        return sent == null ? current : Input.text(sent);
    }
}
