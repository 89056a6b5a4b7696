package se.telefonpolicy.availability.api;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import se.telefonpolicy.availability.domain.DiversionRules;
import se.telefonpolicy.availability.domain.Presence;
import se.telefonpolicy.availability.messaging.PresenceChanges;
import se.telefonpolicy.availability.persistence.MemberRepository;
import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.availability.DivertTarget;
import se.telefonpolicy.contracts.availability.PresenceSource;
import se.telefonpolicy.platform.problem.InvalidFieldException;
import se.telefonpolicy.platform.security.CurrentUser;
import se.telefonpolicy.platform.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatusResource {

    private final PresenceChanges changes;
    private final MemberRepository members;
    private final CurrentUser user;
    private final Clock clock;

    public StatusResource(PresenceChanges changes, MemberRepository members, CurrentUser user, Clock clock) {
        this.changes = changes;
        this.members = members;
        this.user = user;
        this.clock = clock;
    }

    /** Sets one's own status ("hänvisa din telefon"); the employee is the token's. */
    @PUT
    @Path("/me/status")
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MANAGER, Roles.SWITCHBOARD })
    @Transactional
    public Presence setMine(@Valid @NotNull StatusRequest request) {
        String employeeId = user.employeeId()
                .orElseThrow(() -> new InvalidFieldException("employee_id", "Token names no employee"));
        return set(employeeId, request, PresenceSource.SELF_SERVICE);
    }

    /**
     * The switchboard sets a colleague's status on their behalf, as Telia ACE and Enreach allow; a colleague the
     * directory has not told of is a 404.
     */
    @PUT
    @Path("/employees/{employeeId}/status")
    @RolesAllowed({ Roles.SWITCHBOARD, Roles.ADMIN })
    @Transactional
    public Presence setColleagues(@PathParam("employeeId") String employeeId, @Valid @NotNull StatusRequest request) {
        if (!members.isKnown(employeeId)) {
            throw new NotFoundException("No employee " + employeeId + " in the directory");
        }
        return set(employeeId, request, PresenceSource.SWITCHBOARD);
    }

    private Presence set(String employeeId, StatusRequest request, PresenceSource source) {
        Instant now = clock.instant();
        DiversionRules.refusedReturnTime(request.status(), request.returnsAt(), now).ifPresent(reason -> {
            throw new InvalidFieldException("returnsAt", reason);
        });
        // a return time means nothing while the person answers; callers are not told one
        Instant returnsAt = request.status().requiresReturnTime() ? request.returnsAt() : null;
        String message = request.message() == null || request.message().isBlank() ? null : request.message().strip();
        Presence next = new Presence(employeeId, request.status(), now, returnsAt, message,
                divertTarget(request.divertTarget()), source);
        if (!changes.apply(next)) {
            throw new ClientErrorException("A newer status is already known for " + employeeId, Response.Status.CONFLICT);
        }
        return next;
    }

    private static DivertTarget divertTarget(StatusRequest.DivertTargetRequest request) {
        if (request == null) {
            return null;
        }
        String targetId = request.targetId() == null || request.targetId().isBlank() ? null : request.targetId().strip();
        try {
            return new DivertTarget(request.kind(), targetId);
        } catch (InvalidEventException e) {
            throw new InvalidFieldException("divertTarget." + e.field(), e.getMessage());
        }
    }
}
