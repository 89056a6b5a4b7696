package se.telefonpolicy.compliance.api;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.ForbiddenException;
import se.telefonpolicy.compliance.persistence.CallbackDeadlineRepository;
import se.telefonpolicy.compliance.persistence.DirectoryRepository;
import se.telefonpolicy.platform.security.CurrentUser;
import se.telefonpolicy.platform.security.Roles;

@Path("/api/v1/units/{unitId}/open-callbacks")
@Produces(MediaType.APPLICATION_JSON)
public class OpenCallbacksResource {

    private final CallbackDeadlineRepository deadlines;
    private final DirectoryRepository directory;
    private final CurrentUser user;

    public OpenCallbacksResource(CallbackDeadlineRepository deadlines, DirectoryRepository directory, CurrentUser user) {
        this.deadlines = deadlines;
        this.directory = directory;
        this.user = user;
    }

    public record OpenCallback(String taskId, String ruleId, String employeeId, Instant dueAt, boolean overdue) {
    }

    public record OpenCallbacks(String unitId, int open, int overdue, List<OpenCallback> tasks) {
    }

    /**
     * A unit's callbacks not yet done, by due time, overdue ones flagged (callback-service decided them OVERDUE and
     * no call back came since): for a manager of it or a unit above it, and admins.
     */
    @GET
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    public OpenCallbacks get(@PathParam("unitId") String unitId) {
        if (!user.isAdmin() && !user.unitId().map(own -> own.equals(unitId) || directory.tree().isWithin(unitId, own))
                .orElse(false)) {
            throw new ForbiddenException();
        }
        List<OpenCallback> tasks = deadlines.openForUnit(unitId).stream()
                .map(d -> new OpenCallback(d.taskId(), d.ruleId().name(), d.employeeId(), d.dueAt(), d.stillOverdue()))
                .toList();
        return new OpenCallbacks(unitId, tasks.size(), (int) tasks.stream().filter(OpenCallback::overdue).count(), tasks);
    }
}
