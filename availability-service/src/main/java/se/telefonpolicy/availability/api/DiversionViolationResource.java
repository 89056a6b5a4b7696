package se.telefonpolicy.availability.api;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import se.telefonpolicy.availability.domain.DiversionRule;
import se.telefonpolicy.availability.domain.DiversionViolation;
import se.telefonpolicy.availability.persistence.DiversionViolationRepository;
import se.telefonpolicy.contracts.availability.PresenceStatus;
import se.telefonpolicy.platform.problem.InvalidFieldException;
import se.telefonpolicy.platform.security.Roles;
import se.telefonpolicy.platform.security.UnitScope;

@Path("/api/v1/diversions/violations")
@Produces(MediaType.APPLICATION_JSON)
public class DiversionViolationResource {

    private static final int MAX_LIMIT = 1000;

    /**
     * One decided violation.
     *
     * @param diversionId the diversion's id, as in its DiversionViolated
     * @param violatedAt  when the rule was broken (event time): since, or returnAt + grace for DIVERSION_STALE
     * @param detectedAt  when this service decided it (wall clock)
     */
    public record ViolationView(String diversionId, DiversionRule rule, String employeeId, String unitId,
            PresenceStatus status, Instant since, Instant returnAt, Instant violatedAt, Instant detectedAt) {

        static ViolationView of(DiversionViolation v) {
            return new ViolationView(v.diversionId(), v.rule(), v.employeeId(), v.unitId(), v.status(), v.since(),
                    v.returnAt(), v.violatedAt(), v.detectedAt());
        }
    }

    private final DiversionViolationRepository violations;
    private final UnitScope scope;

    public DiversionViolationResource(DiversionViolationRepository violations, UnitScope scope) {
        this.violations = violations;
        this.scope = scope;
    }

    /**
     * Every decided DIVERSION_RETURN_TIME and DIVERSION_STALE violation, newest first: an admin's of everyone, a
     * manager's of the members of the units in their scope (platform's ManagerScope: every unit they manage, by the
     * token's unit_id or the directory's manager link, and every unit below).
     */
    @GET
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    public List<ViolationView> list(@QueryParam("rule") String rule, @QueryParam("employeeId") String employeeId,
            @QueryParam("limit") String limit) {
        List<String> units = scope.restriction().map(List::copyOf).orElse(null);
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        return violations.list(rule(rule), employeeId == null || employeeId.isBlank() ? null : employeeId.strip(),
                units, limit(limit)).stream().map(ViolationView::of).toList();
    }

    private static DiversionRule rule(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return DiversionRule.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("rule", "Okänd regel '" + text + "': DIVERSION_RETURN_TIME eller DIVERSION_STALE");
        }
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return 200;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidFieldException("limit", "limit måste vara ett heltal mellan 1 och " + MAX_LIMIT);
    }
}
