package se.telefonpolicy.availability.api;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import se.telefonpolicy.availability.domain.Member;
import se.telefonpolicy.availability.domain.UnitAvailability;
import se.telefonpolicy.availability.persistence.MemberRepository;
import se.telefonpolicy.availability.persistence.PresenceRepository;
import se.telefonpolicy.platform.security.Roles;

@Path("/api/v1/units/{unitId}/availability")
@Produces(MediaType.APPLICATION_JSON)
public class UnitAvailabilityResource {

    private final MemberRepository members;
    private final PresenceRepository presences;
    private final Clock clock;

    public UnitAvailabilityResource(MemberRepository members, PresenceRepository presences, Clock clock) {
        this.members = members;
        this.presences = presences;
        this.clock = clock;
    }

    /**
     * The switchboard view: who in the unit can answer now, and for the others what callers are told.
     * Every signed-in person may see it, as with a single presence; two queries whatever the unit's size.
     */
    @GET
    @RolesAllowed({ Roles.EMPLOYEE, Roles.MANAGER, Roles.SWITCHBOARD, Roles.ADMIN })
    public UnitAvailability get(@PathParam("unitId") String unitId) {
        List<Member> unit = members.activeInUnit(unitId);
        if (unit.isEmpty()) {
            throw new NotFoundException("No active members known for unit " + unitId);
        }
        return UnitAvailability.of(unitId, unit,
                presences.findPresences(unit.stream().map(Member::employeeId).toList()), clock.instant());
    }
}
