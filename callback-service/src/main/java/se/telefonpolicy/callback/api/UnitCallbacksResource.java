package se.telefonpolicy.callback.api;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.ForbiddenException;
import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.callback.persistence.CallbackTaskRepository;
import se.telefonpolicy.platform.security.Roles;

/**
 * A unit's callback tasks and those of every unit below it — mailboxes', missed calls' and the
 * personal tasks of the people the directory puts there — for a manager whose subtree holds the unit,
 * and admins.
 */
@Path("/api/v1/units/{unitId}/callbacks")
@Produces(MediaType.APPLICATION_JSON)
public class UnitCallbacksResource {

    private final CallbackTaskRepository tasks;
    private final TaskAccess access;
    private final Clock clock;
    private final WorkingCalendar calendar;

    public UnitCallbacksResource(CallbackTaskRepository tasks, TaskAccess access, Clock clock, WorkingCalendar calendar) {
        this.tasks = tasks;
        this.access = access;
        this.clock = clock;
        this.calendar = calendar;
    }

    @GET
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "The callback tasks of the unit and its sub-units by due time; status OPEN (default) or"
            + " COMPLETED, overdue true/false")
    public List<CallbackView> unit(@PathParam("unitId") String unitId, @QueryParam("status") String status,
            @QueryParam("overdue") String overdue) {
        if (!access.mayManageUnit(unitId)) {
            throw new ForbiddenException();
        }
        TaskFilter filter = TaskFilter.parse(status, overdue);
        return filter.apply(tasks.findByUnits(access.tree().subtree(unitId), filter.status()), clock.instant());
    }

    @GET
    @Path("/export")
    @Produces(CallbackCsv.MEDIA_TYPE + ";charset=UTF-8")
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "The same list as CSV with Swedish headers, without caller numbers")
    public Response unitCsv(@PathParam("unitId") String unitId, @QueryParam("status") String status,
            @QueryParam("overdue") String overdue) {
        String csv = CallbackCsv.of(unit(unitId, status, overdue), calendar.zone());
        return Response.ok(csv)
                .header("Content-Disposition", "attachment; filename=\"aterringningar-" + unitId.replaceAll("[^A-Za-z0-9_-]", "_")
                        + ".csv\"")
                .build();
    }
}
