package se.telefonpolicy.directory.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import se.telefonpolicy.directory.domain.Employee;
import se.telefonpolicy.directory.domain.Unit;
import se.telefonpolicy.directory.messaging.DirectoryEvents;
import se.telefonpolicy.directory.persistence.EmployeeRepository;
import se.telefonpolicy.directory.persistence.UnitRepository;
import se.telefonpolicy.platform.security.Roles;

/** Re-emits every unit and employee as a full snapshot, e.g. for a new subscriber or after a topic was lost. */
@Path("/api/v1/admin/republish")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RepublishResource {

    private final UnitRepository units;
    private final EmployeeRepository employees;
    private final DirectoryEvents events;

    public RepublishResource(UnitRepository units, EmployeeRepository employees, DirectoryEvents events) {
        this.units = units;
        this.employees = employees;
        this.events = events;
    }

    @POST
    @Transactional
    public Republished republish() {
        List<Unit> ordered = parentsFirst(units.allUnits());
        ordered.forEach(events::unitChanged);
        List<Employee> everyone = employees.list(null);
        everyone.forEach(events::employeeChanged);
        return new Republished(ordered.size(), everyone.size());
    }

    public record Republished(int units, int employees) {
    }

    /** A subscriber reading in order meets every parent before its sub-units. */
    static List<Unit> parentsFirst(List<Unit> all) {
        List<Unit> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        List<Unit> waiting = new ArrayList<>(all);
        while (!waiting.isEmpty()) {
            int before = waiting.size();
            waiting.removeIf(u -> {
                if (u.parentId() == null || placed.contains(u.parentId())) {
                    ordered.add(u);
                    placed.add(u.id());
                    return true;
                }
                return false;
            });
            if (waiting.size() == before) {
                // cannot happen while PUT refuses cycles; send the rest rather than loop forever
                ordered.addAll(waiting);
                break;
            }
        }
        return ordered;
    }
}
