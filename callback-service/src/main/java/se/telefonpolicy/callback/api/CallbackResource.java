package se.telefonpolicy.callback.api;

import java.time.Clock;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import io.quarkus.security.ForbiddenException;
import se.telefonpolicy.callback.domain.CallbackTask;
import se.telefonpolicy.callback.domain.CallerNumbers;
import se.telefonpolicy.callback.messaging.CallbackTaskService;
import se.telefonpolicy.callback.persistence.CallbackTaskRepository;
import se.telefonpolicy.contracts.callback.CallbackOutcome;
import se.telefonpolicy.platform.problem.InvalidFieldException;
import se.telefonpolicy.platform.security.CurrentUser;
import se.telefonpolicy.platform.security.Roles;

/**
 * Register a promised callback; one task: read it, register an attempt made outside the PBX, close it
 * with an outcome. For its assignee, a manager whose subtree holds its unit or its assignee, and admins.
 */
@Path("/api/v1/callbacks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallbackResource {

    private final CallbackTaskRepository tasks;
    private final CallbackTaskService callbacks;
    private final CurrentUser user;
    private final TaskAccess access;
    private final Clock clock;

    public CallbackResource(CallbackTaskRepository tasks, CallbackTaskService callbacks, CurrentUser user,
            TaskAccess access, Clock clock) {
        this.tasks = tasks;
        this.callbacks = callbacks;
        this.user = user;
        this.access = access;
        this.clock = clock;
    }

    /**
     * A promised callback (PROMISE_KEPT).
     *
     * @param callerNumber  the number to call, as typed ({@code 070-123 45 67}); stored in E.164
     * @param dueAt         the agreed time, an ISO-8601 instant in the future
     * @param employeeId    who will call; the signed-in person if absent (a manager may name someone in their
     *                      units, an admin anyone)
     * @param unitId        the unit accountable; optional, for managers (their units) and admins
     * @param relatedTaskId the task the promise was made while handling; optional
     */
    public record PromiseRequest(String callerNumber, String dueAt, String employeeId, String unitId,
            String relatedTaskId) {
    }

    /** {@code madeAt}: when the call was made; now if absent (so is the whole body: an attempt made now). */
    public record AttemptRequest(Instant madeAt) {
    }

    /** {@code outcome}: REACHED, LEFT_MESSAGE, NOT_NEEDED or WRONG_NUMBER. */
    public record CompleteRequest(String outcome) {
    }

    @POST
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MANAGER, Roles.ADMIN })
    @Transactional
    @Operation(summary = "Registers a promised callback (PROMISE_KEPT): a task due at the agreed time (CallbackCreated)")
    public Response promise(@NotNull PromiseRequest request) {
        Instant now = clock.instant();
        String number = CallerNumbers.normalize(request.callerNumber()).orElseThrow(() -> new InvalidFieldException(
                "callerNumber", "must be a phone number, e.g. 070-123 45 67 or +46701234567"));
        Instant dueAt = parseDueAt(request.dueAt(), now);
        String relatedTaskId = blankToNull(request.relatedTaskId());
        if (relatedTaskId != null) {
            requireRelatedTask(relatedTaskId);
        }
        String me = user.employeeId().orElseThrow(ForbiddenException::new);
        String employeeId = blankToNull(request.employeeId());
        String unitId = blankToNull(request.unitId());
        if (employeeId == null && unitId == null) {
            employeeId = me;
        }
        // an officer promises for themself; a manager for anyone in their units; an admin for anyone
        if (employeeId != null && !employeeId.equals(me) && !access.mayManageEmployee(employeeId)) {
            throw new ForbiddenException();
        }
        if (unitId != null && !access.mayManageUnit(unitId)) {
            throw new ForbiddenException();
        }
        CallbackTask promise = callbacks.promised(CallbackTask.promise(UUID.randomUUID(), employeeId, unitId, number,
                now, dueAt, relatedTaskId));
        return Response.created(URI.create("/api/v1/callbacks/" + promise.id()))
                .entity(CallbackView.of(promise, now)).build();
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
    public Response attempt(@PathParam("id") UUID id,
            @RequestBody(required = false, description = "optional: without a body the attempt was made now") AttemptRequest request) {
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
    public CallbackView complete(@PathParam("id") UUID id, @NotNull CompleteRequest request) {
        CallbackOutcome outcome = parseOutcome(request.outcome());
        CallbackTask task = open(permitted(id));
        Instant now = clock.instant();
        return CallbackView.of(callbacks.complete(task, outcome, now, user.employeeId().orElse(null)), now);
    }

    private CallbackTask permitted(UUID id) {
        CallbackTask task = tasks.findTask(id).orElseThrow(() -> new NotFoundException("No callback task " + id));
        if (!access.maySee(task)) {
            throw new ForbiddenException();
        }
        return task;
    }

    private static Instant parseDueAt(String value, Instant now) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException("dueAt", "is required: the agreed time, e.g. 2026-12-01T13:00:00Z");
        }
        Instant dueAt;
        try {
            dueAt = OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("dueAt", "is not an ISO-8601 time such as 2026-12-01T13:00:00Z");
        }
        if (!dueAt.isAfter(now)) {
            throw new InvalidFieldException("dueAt", "must be in the future: the time agreed with the caller");
        }
        return dueAt;
    }

    /** A promise may point only at a task the same person may see: no probing of other people's tasks. */
    private void requireRelatedTask(String relatedTaskId) {
        try {
            UUID id = UUID.fromString(relatedTaskId);
            if (tasks.findTask(id).filter(access::maySee).isPresent()) {
                return;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the one message below
        }
        throw new InvalidFieldException("relatedTaskId", "is not a callback task you can see");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
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
