package se.telefonpolicy.callback.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.ForbiddenException;
import se.telefonpolicy.callback.domain.CallbackTask;
import se.telefonpolicy.callback.persistence.CallbackTaskRepository;
import se.telefonpolicy.platform.security.CurrentUser;
import se.telefonpolicy.platform.security.Roles;

@Path("/api/v1/callbacks")
@Produces(MediaType.APPLICATION_JSON)
public class CallbackResource {

    private final CallbackTaskRepository tasks;
    private final CurrentUser user;

    public CallbackResource(CallbackTaskRepository tasks, CurrentUser user) {
        this.tasks = tasks;
        this.user = user;
    }

    /**
     * One task, with the caller's number: for its assignee, the manager of its unit (sub-units once
     * the directory's tree is read, issue 7) and admins.
     */
    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MANAGER, Roles.ADMIN })
    public CallbackTask get(@PathParam("id") UUID id) {
        CallbackTask task = tasks.findTask(id).orElseThrow(() -> new NotFoundException("No callback task " + id));
        boolean managesUnit = user.hasRole(Roles.MANAGER) && task.unitId() != null
                && user.unitId().map(task.unitId()::equals).orElse(false);
        if (!user.isAdmin() && !user.is(task.employeeId()) && !managesUnit) {
            throw new ForbiddenException();
        }
        return task;
    }
}
