package se.telefonpolicy.callback.api;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.ForbiddenException;
import se.telefonpolicy.callback.domain.CallbackTask;
import se.telefonpolicy.callback.messaging.CallbackTaskService;
import se.telefonpolicy.callback.persistence.CallbackTaskRepository;
import se.telefonpolicy.contracts.callback.CallbackOutcome;
import se.telefonpolicy.platform.problem.InvalidFieldException;
import se.telefonpolicy.platform.security.CurrentUser;
import se.telefonpolicy.platform.security.Roles;

/**
 * One task: read it, register an attempt made outside the PBX, close it with an outcome. For its
 * assignee, the manager of its unit (sub-units once the directory's tree is read) and admins.
 */
@Path("/api/v1/callbacks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallbackResource {

    private final CallbackTaskRepository tasks;
    private final CallbackTaskService callbacks;
    private final CurrentUser user;
    private final Clock clock;

    public CallbackResource(CallbackTaskRepository tasks, CallbackTaskService callbacks, CurrentUser user, Clock clock) {
        this.tasks = tasks;
        this.callbacks = callbacks;
        this.user = user;
        this.clock = clock;
    }

    /** {@code madeAt}: when the call was made; now if absent. */
    public record AttemptRequest(Instant madeAt) {
    }

    /** {@code outcome}: REACHED, LEFT_MESSAGE, NOT_NEEDED or WRONG_NUMBER. */
    public record CompleteRequest(String outcome) {
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MANAGER, Roles.ADMIN })
    @Operation(summary = "One callback task, with the caller's number")
    public CallbackView get(@PathParam("id") UUID id) {
        return CallbackView.of(permitted(id), clock.instant());
    }

    @POST
    @Path("/{id}/attempts")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MANAGER, Roles.ADMIN })
    @Transactional
    @Operation(summary = "Registers a callback attempt made outside the PBX (CallbackMade, MANUAL_REGISTRATION)")
    public Response attempt(@PathParam("id") UUID id, AttemptRequest request) {
        CallbackTask task = open(permitted(id));
        Instant now = clock.instant();
        Instant madeAt = request == null || request.madeAt() == null ? now : request.madeAt();
        if (madeAt.isAfter(now)) {
            throw new InvalidFieldException("madeAt", "must not be in the future");
        }
        if (madeAt.isBefore(task.receivedAt())) {
            throw new InvalidFieldException("madeAt", "must not be before the message was left (" + task.receivedAt() + ")");
        }
        CallbackTask attempted = callbacks.manualAttempt(task, user.employeeId().orElseThrow(ForbiddenException::new), madeAt);
        return Response.status(Response.Status.CREATED).entity(CallbackView.of(attempted, now)).build();
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MANAGER, Roles.ADMIN })
    @Transactional
    @Operation(summary = "Closes the task with an outcome (CallbackCompleted); 409 if it is closed already")
    public CallbackView complete(@PathParam("id") UUID id, CompleteRequest request) {
        CallbackOutcome outcome = parseOutcome(request == null ? null : request.outcome());
        CallbackTask task = open(permitted(id));
        Instant now = clock.instant();
        return CallbackView.of(callbacks.complete(task, outcome, now, user.employeeId().orElse(null)), now);
    }

    private CallbackTask permitted(UUID id) {
        CallbackTask task = tasks.findTask(id).orElseThrow(() -> new NotFoundException("No callback task " + id));
        boolean managesUnit = user.hasRole(Roles.MANAGER) && task.unitId() != null
                && user.unitId().map(task.unitId()::equals).orElse(false);
        if (!user.isAdmin() && !user.is(task.employeeId()) && !managesUnit) {
            throw new ForbiddenException();
        }
        return task;
    }

    private static CallbackTask open(CallbackTask task) {
        if (!task.isOpen()) {
            throw new ClientErrorException("Callback task " + task.id() + " is already completed (" + task.outcome() + ")",
                    Response.Status.CONFLICT);
        }
        return task;
    }

    private static CallbackOutcome parseOutcome(String value) {
        String allowed = Arrays.toString(CallbackOutcome.values());
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException("outcome", "is required: one of " + allowed);
        }
        try {
            return CallbackOutcome.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("outcome", "must be one of " + allowed);
        }
    }
}
