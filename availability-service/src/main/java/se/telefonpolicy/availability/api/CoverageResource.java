package se.telefonpolicy.availability.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import se.telefonpolicy.availability.domain.DayCoverage;
import se.telefonpolicy.availability.persistence.CoverageRepository;
import se.telefonpolicy.availability.persistence.ServiceDeskRepository;
import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.platform.problem.InvalidFieldException;
import se.telefonpolicy.platform.security.Roles;
import se.telefonpolicy.platform.security.UnitScope;

@Path("/api/v1/units/{unitId}/coverage")
@Produces(MediaType.APPLICATION_JSON)
public class CoverageResource {

    /**
     * A service desk's day as far as the watermark has reached: open and covered (staffed to the minimum)
     * seconds, ratio null when it was not open, and every gap that began that day.
     *
     * @param evaluatedUntil the event time the desk is evaluated up to (the presence watermark it last reached);
     *                       null before its first evaluation
     */
    public record CoverageView(String unitId, LocalDate date, long openSeconds, long coveredSeconds, Double ratio,
            Instant evaluatedUntil, List<GapView> gaps) {
    }

    /**
     * A maximal uncovered interval of open time.
     *
     * @param end     null while it is still open at evaluatedUntil
     * @param seconds its length; an open one's up to evaluatedUntil
     * @param breach  it lasted longer than the grace (ServiceDeskUnstaffed); a gap within the grace is still a gap
     */
    public record GapView(Instant start, Instant end, long seconds, boolean breach) {
    }

    private final ServiceDeskRepository desks;
    private final CoverageRepository coverage;
    private final UnitScope scope;

    public CoverageResource(ServiceDeskRepository desks, CoverageRepository coverage, UnitScope scope) {
        this.desks = desks;
        this.coverage = coverage;
        this.scope = scope;
    }

    /**
     * SERVICE_DESK_STAFFED per day, as decided so far (today: up to the watermark of pbx.presence.v1): for the
     * desk's managers (platform's manager scope) and admins; outside the scope a 403 whether the desk exists or not.
     */
    @GET
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    public CoverageView get(@PathParam("unitId") String unitId, @QueryParam("date") String date) {
        scope.requireUnit(unitId);
        LocalDate day = parseDate(date);
        DayCoverage found = coverage.day(unitId, day).orElse(null);
        if (found == null) {
            if (desks.find(unitId).isEmpty()) {
                throw new NotFoundException("Enheten " + unitId + " är ingen servicefunktion");
            }
            found = new DayCoverage(day, 0, 0);
        }
        Instant evaluatedUntil = coverage.state(unitId).map(CoverageRepository.State::evaluatedUntil).orElse(null);
        List<GapView> gaps = coverage.gaps(unitId, day).stream()
                .map(g -> new GapView(g.startedAt(), g.endedAt(), g.seconds(evaluatedUntil), g.breach()))
                .toList();
        return new CoverageView(unitId, day, found.openSeconds(), found.coveredSeconds(), found.ratio(), evaluatedUntil,
                gaps);
    }

    private static LocalDate parseDate(String date) {
        if (date == null || date.isBlank()) {
            throw new InvalidFieldException("date", "Ange ett datum, ÅÅÅÅ-MM-DD");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("date", "Ogiltigt datum '" + date + "': ange ÅÅÅÅ-MM-DD");
        }
        if (!WorkingCalendar.supports(day)) {
            throw new InvalidFieldException("date", "Ange ett datum från " + WorkingCalendar.FIRST_SUPPORTED_DAY + " till "
                    + WorkingCalendar.LAST_SUPPORTED_DAY + ", de år arbetsdagskalendern känner");
        }
        return day;
    }
}
