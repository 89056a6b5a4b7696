package se.telefonpolicy.compliance.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import se.telefonpolicy.compliance.persistence.CallbackDeadlineRepository;

@Path("/api/v1/units/{unitId}/open-callbacks")
@Produces(MediaType.APPLICATION_JSON)
public class OpenCallbacksResource {

    private final CallbackDeadlineRepository deadlines;
    private final Clock clock;

    public OpenCallbacksResource(CallbackDeadlineRepository deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public record OpenCallback(String taskId, String ruleId, String employeeId, Instant dueAt, boolean overdue) {
    }

    public record OpenCallbacks(String unitId, int open, int overdue, List<OpenCallback> tasks) {
    }

    /** A unit's callbacks not yet done, by due time, with the overdue ones flagged. */
    @GET
    public OpenCallbacks get(@PathParam("unitId") String unitId) {
        Instant now = clock.instant();
        List<OpenCallback> tasks = deadlines.openForUnit(unitId).stream()
                .map(d -> new OpenCallback(d.taskId(), d.ruleId().name(), d.employeeId(), d.dueAt(), d.isOverdue(now)))
                .toList();
        return new OpenCallbacks(unitId, tasks.size(), (int) tasks.stream().filter(OpenCallback::overdue).count(), tasks);
    }
}
