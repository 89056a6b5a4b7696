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
import se.telefonpolicy.platform.security.UnitScope;

/** Directory quality per employee: an administrator any unit, a manager their units' subtrees, an employee themself. */
@Path("/api/v1/quality")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.MANAGER, Roles.EMPLOYEE })
public class QualityResource {

    private final UnitRepository units;
    private final EmployeeRepository employees;
    private final CurrentUser user;
    private final UnitScope scope;
    private final QualityChecks quality;

    public QualityResource(UnitRepository units, EmployeeRepository employees, CurrentUser user, UnitScope scope,
            QualityChecks quality) {
        this.units = units;
        this.employees = employees;
        this.user = user;
        this.scope = scope;
        this.quality = quality;
    }

    /**
     * Employees with at least one problem, in {@code unit} and its sub-units; by default a manager's every unit
     * (platform's manager scope: the token's unit and the units the directory names them manager of, with their
     * sub-units) and an administrator's whole directory. A unit outside a manager's scope is a 403, known or not.
     */
    @GET
    public List<EmployeeQuality> list(@QueryParam("unit") String unit) {
        if (!user.isAdmin() && !user.hasRole(Roles.MANAGER)) {
            Employee me = employees.findEmployee(user.employeeId().orElse(""))
                    .orElseThrow(() -> new NotFoundException("You are not in the directory yet"));
            if (unit != null && !unit.equals(me.unitId())) {
                throw new ForbiddenException("An employee sees only their own problems");
            }
            return withProblems(List.of(me), unitsById(units.allUnits()));
        }
        if (unit != null && !scope.mayManageUnit(unit)) {
            throw new ForbiddenException("A manager sees only the units they manage and their sub-units");
        }
        List<Unit> all = units.allUnits();
        Map<String, Unit> byId = unitsById(all);
        if (unit != null && !byId.containsKey(unit)) {
            throw new InvalidFieldException("unit", "No unit " + unit);
        }
        List<String> unitIds = unit != null ? DirectoryQuality.subtree(all, unit)
                : scope.coversAll() ? null : List.copyOf(scope.managerScope().units());
        List<Employee> members = unitIds == null ? employees.list(null)
                : unitIds.stream().flatMap(id -> employees.list(id).stream()).toList();
        return withProblems(members, byId);
    }

    private static Map<String, Unit> unitsById(List<Unit> all) {
        return all.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
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
