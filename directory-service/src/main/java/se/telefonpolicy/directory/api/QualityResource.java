package se.telefonpolicy.directory.api;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import se.telefonpolicy.directory.domain.DirectoryQuality;
import se.telefonpolicy.directory.domain.Employee;
import se.telefonpolicy.directory.domain.Unit;
import se.telefonpolicy.directory.persistence.EmployeeRepository;
import se.telefonpolicy.directory.persistence.UnitRepository;
import se.telefonpolicy.platform.problem.InvalidFieldException;
import se.telefonpolicy.platform.security.CurrentUser;
import se.telefonpolicy.platform.security.Roles;

/** Directory quality per employee: an administrator any unit, a manager their subtree, an employee themself. */
@Path("/api/v1/quality")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.MANAGER, Roles.EMPLOYEE })
public class QualityResource {

    private final UnitRepository units;
    private final EmployeeRepository employees;
    private final CurrentUser user;
    private final QualityChecks quality;

    public QualityResource(UnitRepository units, EmployeeRepository employees, CurrentUser user, QualityChecks quality) {
        this.units = units;
        this.employees = employees;
        this.user = user;
        this.quality = quality;
    }

    /** Employees with at least one problem, in {@code unit} and its sub-units (default: the manager's unit). */
    @GET
    public List<EmployeeQuality> list(@QueryParam("unit") String unit) {
        List<Unit> all = units.allUnits();
        Map<String, Unit> byId = all.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        if (!user.isAdmin() && !user.hasRole(Roles.MANAGER)) {
            Employee me = employees.findEmployee(user.employeeId().orElse(""))
                    .orElseThrow(() -> new NotFoundException("You are not in the directory yet"));
            if (unit != null && !unit.equals(me.unitId())) {
                throw new ForbiddenException("An employee sees only their own problems");
            }
            return withProblems(List.of(me), byId);
        }
        String root = unit != null ? unit : user.isAdmin() ? null : user.unitId().orElseThrow(
                () -> new InvalidFieldException("unit", "Your token names no unit; give one"));
        if (root != null && !byId.containsKey(root)) {
            throw new InvalidFieldException("unit", "No unit " + root);
        }
        if (!user.isAdmin()) {
            List<String> managed = user.unitId().map(u -> DirectoryQuality.subtree(all, u)).orElse(List.of());
            if (!managed.contains(root)) {
                throw new ForbiddenException("A manager sees only their own unit and its sub-units");
            }
        }
        List<Employee> members = root == null ? employees.list(null)
                : DirectoryQuality.subtree(all, root).stream().flatMap(id -> employees.list(id).stream()).toList();
        return withProblems(members, byId);
    }

    private List<EmployeeQuality> withProblems(List<Employee> members, Map<String, Unit> byId) {
        return members.stream()
                .map(e -> new EmployeeQuality(e.id(), e.firstName(), e.lastName(), e.unitId(),
                        quality.check(e, byId)))
                .filter(q -> !q.problems().isEmpty())
                .toList();
    }

    public record EmployeeQuality(String employeeId, String firstName, String lastName, String unitId,
            List<DirectoryQuality.Finding> problems) {
    }
}
