package se.telefonpolicy.availability.api;

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
import se.telefonpolicy.platform.problem.InvalidFieldException;
import se.telefonpolicy.platform.security.Roles;

@Path("/api/v1/diversions/violations")
@Produces(MediaType.APPLICATION_JSON)
public class DiversionViolationResource {

    private static final int MAX_LIMIT = 1000;

    private final DiversionViolationRepository violations;

    public DiversionViolationResource(DiversionViolationRepository violations) {
        this.violations = violations;
    }

    /**
     * DIVERSION_RETURN_TIME and DIVERSION_STALE violations, newest first. Every unit's for now: a
     * manager's view is not narrowed to their unit until unit membership is read from the directory.
     */
    @GET
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    public List<DiversionViolation> list(@QueryParam("rule") String rule, @QueryParam("employeeId") String employeeId,
            @QueryParam("limit") String limit) {
        return violations.list(rule(rule), employeeId == null || employeeId.isBlank() ? null : employeeId.strip(),
                limit(limit));
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
