package se.telefonpolicy.compliance.api;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import se.telefonpolicy.compliance.persistence.CallbackDeadlineRepository;
import se.telefonpolicy.platform.security.Roles;
import se.telefonpolicy.platform.security.UnitScope;

@Path("/api/v1/units/{unitId}/open-callbacks")
@Produces(MediaType.APPLICATION_JSON)
public class OpenCallbacksResource {

    private final CallbackDeadlineRepository deadlines;
    private final UnitScope scope;

    public OpenCallbacksResource(CallbackDeadlineRepository deadlines, UnitScope scope) {
        this.deadlines = deadlines;
        this.scope = scope;
    }

    public record OpenCallback(String taskId, String ruleId, String employeeId, Instant dueAt, boolean overdue) {
    }

    public record OpenCallbacks(String unitId, int open, int overdue, List<OpenCallback> tasks) {
    }

    /**
     * A unit's callbacks not yet done, by due time, overdue ones flagged (callback-service decided them OVERDUE and
     * no call back came since): for a manager whose scope holds it (platform's ManagerScope), and admins.
     */
    @GET
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    public OpenCallbacks get(@PathParam("unitId") String unitId) {
        scope.requireUnit(unitId);
        List<OpenCallback> tasks = deadlines.openForUnit(unitId).stream()
                .map(d -> new OpenCallback(d.taskId(), d.ruleId().name(), d.employeeId(), d.dueAt(), d.stillOverdue()))
                .toList();
        return new OpenCallbacks(unitId, tasks.size(), (int) tasks.stream().filter(OpenCallback::overdue).count(), tasks);
    }
}
