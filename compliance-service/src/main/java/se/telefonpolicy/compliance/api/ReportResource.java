package se.telefonpolicy.compliance.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.compliance.domain.DirectoryRules;
import se.telefonpolicy.compliance.domain.EmployeeFacts;
import se.telefonpolicy.compliance.domain.ReportFigures;
import se.telefonpolicy.compliance.domain.ServiceDeskHours;
import se.telefonpolicy.compliance.domain.UnitTree;
import se.telefonpolicy.compliance.metrics.MetricsRefresher;
import se.telefonpolicy.compliance.persistence.CallRepository;
import se.telefonpolicy.compliance.persistence.CallbackDeadlineRepository;
import se.telefonpolicy.compliance.persistence.CoverageGapRepository;
import se.telefonpolicy.compliance.persistence.DirectoryRepository;
import se.telefonpolicy.compliance.persistence.DiversionRepository;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.contracts.directory.ServiceDesk;
import se.telefonpolicy.platform.problem.InvalidFieldException;
import se.telefonpolicy.platform.security.Roles;
import se.telefonpolicy.platform.security.UnitScope;

@Path("/api/v1/reports/units/{unitId}")
public class ReportResource {

    private final DirectoryRepository directory;
    private final CallbackDeadlineRepository tasks;
    private final DiversionRepository diversions;
    private final CallRepository calls;
    private final CoverageGapRepository gaps;
    private final DirectoryRules directoryRules;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final UnitScope scope;

    public ReportResource(DirectoryRepository directory, CallbackDeadlineRepository tasks, DiversionRepository diversions,
            CallRepository calls, CoverageGapRepository gaps, DirectoryRules directoryRules, WorkingCalendar calendar,
            Clock clock, UnitScope scope) {
        this.directory = directory;
        this.gaps = gaps;
        this.tasks = tasks;
        this.diversions = diversions;
        this.calls = calls;
        this.directoryRules = directoryRules;
        this.calendar = calendar;
        this.clock = clock;
        this.scope = scope;
    }

    @GET
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @Produces({ MediaType.APPLICATION_JSON, ReportCsv.MEDIA_TYPE })
    @Operation(summary = "A unit's follow-up report (JSON, or CSV for Excel with Accept: text/csv or format=csv)")
    public Response report(@PathParam("unitId") String unitId,
            @Parameter(description = "first local day, YYYY-MM-DD; default the first day of last month") @QueryParam("from") String from,
            @Parameter(description = "last local day, inclusive; default the last day of last month") @QueryParam("to") String to,
            @Parameter(description = "true (default): the unit and every unit below it; false: the unit alone") @QueryParam("subunits") String subunits,
            @Parameter(description = "csv for a spreadsheet; default JSON") @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        // the scope first: outside it, a unit is refused whether it exists or not
        scope.requireUnit(unitId);
        Instant now = clock.instant();
        YearMonth lastMonth = YearMonth.from(LocalDate.ofInstant(now, calendar.zone())).minusMonths(1);
        LocalDate fromDay = date("from", from, lastMonth.atDay(1));
        LocalDate toDay = date("to", to, lastMonth.atEndOfMonth());
        if (toDay.isBefore(fromDay)) {
            throw new InvalidFieldException("to", "måste vara samma dag som eller efter from");
        }
        boolean withSubunits = flag("subunits", subunits);
        boolean csv = csv(format, accept);

        UnitTree tree = directory.tree();
        DirectoryRepository.UnitRow unit = directory.unit(unitId)
                .orElseThrow(() -> new NotFoundException("Enheten " + unitId + " finns inte i katalogen"));
        List<String> units = withSubunits ? tree.subtree(unitId) : List.of(unitId);
        UnitReport report = new UnitReport(unitId, unit.name(), withSubunits, units, fromDay, toDay,
                calendar.zone().getId(), asOf(toDay, now), figures(units, fromDay, toDay, now));
        return csv
                ? Response.ok(ReportCsv.of(report), ReportCsv.MEDIA_TYPE + "; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"rapport-" + unitId + "-" + fromDay + "-" + toDay + ".csv\"")
                        .build()
                : Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private ReportFigures figures(List<String> units, LocalDate fromDay, LocalDate toDay, Instant now) {
        String[] ids = units.toArray(String[]::new);
        Instant from = fromDay.atStartOfDay(calendar.zone()).toInstant();
        Instant to = toDay.plusDays(1).atStartOfDay(calendar.zone()).toInstant();

        Map<String, String> managerOf = new HashMap<>();
        Map<String, DirectoryRepository.UnitRow> deskUnits = new HashMap<>();
        for (DirectoryRepository.UnitRow u : directory.units()) {
            managerOf.put(u.unitId(), u.managerEmployeeId());
            if (u.serviceDeskJson() != null && units.contains(u.unitId())) {
                deskUnits.put(u.unitId(), u);
            }
        }
        List<EmployeeFacts> everyone = directory.employees();
        // the directory is a snapshot: its problems are counted as of the period's end, or now if earlier
        Instant asOf = now.isBefore(to) ? now : to;
        Map<RuleId, Integer> problems = new HashMap<>();
        int employeesWithProblems = 0;
        for (EmployeeFacts e : everyone) {
            if (e.unitId() == null || !units.contains(e.unitId())) {
                continue;
            }
            var found = directoryRules.problems(e, managerOf.get(e.unitId()) != null, asOf);
            found.forEach(rule -> problems.merge(rule, 1, Integer::sum));
            if (!found.isEmpty()) {
                employeesWithProblems++;
            }
        }
        Map<String, ReportFigures.Desk> desks = new HashMap<>();
        deskUnits.forEach((deskId, u) -> desks.put(deskId, desk(u, from, to)));
        ReportFigures.Input input = new ReportFigures.Input(from, to, now, tasks.openedBetween(ids, from, to),
                diversions.violationsBetween(ids, from, to), desks, problems,
                employeesWithProblems, calls.counts(ids, from, to));
        return ReportFigures.compute(input, calendar);
    }

    /**
     * The desk's hours and the gaps availability-service decided for it (SERVICE_DESK_STAFFED is its rule): the
     * report counts the same uncovered time as the desk's gap list, never a second judgement of who was there.
     */
    private ReportFigures.Desk desk(DirectoryRepository.UnitRow unit, Instant from, Instant to) {
        ServiceDesk settings = MetricsRefresher.serviceDesk(unit);
        return new ReportFigures.Desk(ServiceDeskHours.of(settings, calendar),
                gaps.overlapping(new String[] { unit.unitId() }, from, to));
    }

    private Instant asOf(LocalDate toDay, Instant now) {
        Instant end = toDay.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        return now.isBefore(end) ? now : end;
    }

    private static LocalDate date(String field, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "måste vara ett datum ÅÅÅÅ-MM-DD");
        }
        if (!WorkingCalendar.supports(day)) {
            throw new InvalidFieldException(field, "måste ligga från " + WorkingCalendar.FIRST_SUPPORTED_DAY + " till "
                    + WorkingCalendar.LAST_SUPPORTED_DAY + ", de år arbetsdagskalendern känner");
        }
        return day;
    }

    private static boolean flag(String field, String value) {
        if (value == null || value.isBlank() || value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw new InvalidFieldException(field, "måste vara true eller false");
    }

    private static boolean csv(String format, String accept) {
        if (format != null && !format.isBlank()) {
            if (format.equals("csv")) {
                return true;
            }
            if (format.equals("json")) {
                return false;
            }
            throw new InvalidFieldException("format", "måste vara csv eller json");
        }
        return accept != null && accept.contains(ReportCsv.MEDIA_TYPE) && !accept.contains(MediaType.APPLICATION_JSON);
    }
}
