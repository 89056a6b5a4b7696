package se.telefonpolicy.callback.api;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.ForbiddenException;
import se.telefonpolicy.callback.persistence.CallbackTaskRepository;
import se.telefonpolicy.platform.security.CurrentUser;
import se.telefonpolicy.platform.security.Roles;

/** The signed-in officer's own callback tasks, the earliest deadline first. */
@Path("/api/v1/me/callbacks")
@Produces(MediaType.APPLICATION_JSON)
public class MyCallbacksResource {

    private final CallbackTaskRepository tasks;
    private final CurrentUser user;
    private final Clock clock;

    public MyCallbacksResource(CallbackTaskRepository tasks, CurrentUser user, Clock clock) {
        this.tasks = tasks;
        this.user = user;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "My callback tasks by due time; status OPEN (default) or COMPLETED, overdue true/false")
    public List<CallbackView> mine(@QueryParam("status") String status, @QueryParam("overdue") String overdue) {
        TaskFilter filter = TaskFilter.parse(status, overdue);
        String me = user.employeeId().orElseThrow(ForbiddenException::new);
        return filter.apply(tasks.findByEmployee(me, filter.status()), clock.instant());
    }
}
