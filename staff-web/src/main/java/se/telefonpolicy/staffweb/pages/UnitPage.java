package se.telefonpolicy.staffweb.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import se.telefonpolicy.staffweb.domain.DueTime;
import se.telefonpolicy.staffweb.domain.RuleWords;
import se.telefonpolicy.staffweb.domain.StatusWords;
import se.telefonpolicy.staffweb.domain.SwedishNumbers;
import se.telefonpolicy.staffweb.domain.SwedishTime;
import se.telefonpolicy.staffweb.domain.UnitTree;
import se.telefonpolicy.staffweb.login.SignedInUser;
import se.telefonpolicy.staffweb.services.AvailabilityApi;
import se.telefonpolicy.staffweb.services.CallbackApi;
import se.telefonpolicy.staffweb.services.ComplianceApi;
import se.telefonpolicy.staffweb.services.DirectoryApi;
import se.telefonpolicy.staffweb.services.ServiceRefused;

/**
 * Enheten: a manager's unit and the units under it — today's and this month's figures (compliance-service), the
 * callbacks open now (callback-service, without caller numbers: a manager follows up, they do not call), diversions
 * that broke a rule and the service desks' coverage today (availability-service), directory problems
 * (directory-service), links to Grafana and to the CSV reports. Each section is fetched on its own, so a service that
 * is down costs its own section only; a 403 from any of them is the no-access page for the whole request (the unit is
 * outside the manager's scope, which each service decides, not this page). The people in the callbacks and the violations
 * are named from the directory's members of the subtree; if that fails (even with a 403) they are shown by employee id.
 */
@Path("/enheten")
@RolesAllowed({ SignedInUser.MANAGER, SignedInUser.ADMIN })
@Produces(MediaType.TEXT_HTML)
public class UnitPage {

    private static final Logger LOG = Logger.getLogger(UnitPage.class);

    static final int VIOLATIONS_SHOWN = 20;
    /** more than shown: the list is the manager's whole scope, the page keeps the shown unit's subtree */
    static final int VIOLATIONS_FETCHED = 200;
    static final int CALLBACK_ROWS_SHOWN = 50;
    static final Set<String> DIVERSION_RULES = Set.of("DIVERSION_RETURN_TIME", "DIVERSION_STALE");
    /** deploy/grafana/dashboards/enhet.json: its uid and its variable {@code unit} */
    static final String GRAFANA_DASHBOARD = "/d/telefonpolicy-enhet";
    static final String GRAFANA_UNIT_VARIABLE = "var-unit";
    static final String CSV = "text/csv; charset=UTF-8";

    /** A unit as a link or a choice; depth below the shown unit (or in the whole tree, for the choices). */
    public record UnitLink(String id, String name, int depth, String parentName) {

        public String href() {
            return "/enheten?enhet=" + URLEncoder.encode(id, StandardCharsets.UTF_8);
        }

        /** for the drop-down: the depth as dashes, since an option cannot be indented */
        public String indented() {
            return "– ".repeat(depth) + name;
        }

        public int level() {
            return Math.min(depth, 5);
        }
    }

    public record Figure(String label, String value) {
    }

    /** Today's or this month's figures; null in {@link View} when compliance-service could not be asked. */
    public record Period(String caption, List<Figure> figures) {
    }

    public record CallbackRow(DueTime.Urgency state, String assignee, String unit, DueTime due, String origin,
            String received) {
    }

    public record Callbacks(int open, int dueSoon, int overdue, List<CallbackRow> rows, int rowsLeftOut) {
    }

    public record ViolationRow(String rule, String employee, String status, String since, String returnAt,
            String when) {
    }

    public record GapRow(String start, String end, String length, boolean breach, String breachWords) {
    }

    /** One service desk's day; {@code failed} when availability-service could not be asked for it. */
    public record Desk(String unitId, String name, boolean failed, String ratio, String covered, String open,
            String evaluated, List<GapRow> gaps) {
    }

    public record QualityRow(String name, String unit, List<String> messages) {
    }

    public record Quality(int employees, List<QualityRow> rows) {
    }

    public record Link(String href, String text, boolean download) {
    }

    /**
     * The whole page. A null section is one that could not be fetched ("Uppgifterna kunde inte hämtas just nu");
     * {@code explanation} is set instead of everything else when no unit is known.
     */
    public record View(String unitId, String unitName, String explanation, List<UnitLink> above, List<UnitLink> subunits,
            List<UnitLink> choices, Period today, Period month, Callbacks callbacks, List<ViolationRow> violations,
            List<Desk> desks, Quality quality, List<Link> links) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String page, View view);

        static native TemplateInstance page$aterringningar(View view);
    }

    @Inject
    SignedInUser user;

    @Inject
    @RestClient
    DirectoryApi directory;

    @Inject
    @RestClient
    ComplianceApi compliance;

    @Inject
    @RestClient
    CallbackApi callbacks;

    @Inject
    @RestClient
    AvailabilityApi availability;

    @Inject
    Clock clock;

    @ConfigProperty(name = "telefonpolicy.staff-web.grafana-url")
    String grafanaUrl;

    @GET
    public TemplateInstance page(@QueryParam("enhet") String unitParam) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(SwedishTime.ZONE).toLocalDate();
        List<DirectoryApi.Unit> units = section(directory::units);
        UnitTree tree = units == null ? null : tree(units);
        String unitId = unitId(unitParam);
        List<UnitLink> choices = tree == null ? List.of() : choices(tree, units);
        if (unitId == null) {
            return Templates.page("enheten", new View(null, null,
                    "Inloggningen säger inte vilken enhet du är chef för. Välj en enhet nedan om du har fler, annars"
                            + " be telefoniadministratören se till att du står som chef för din enhet i katalogen.",
                    List.of(), List.of(), choices, null, null, null, null, null, null, List.of()));
        }
        if (tree != null && tree.find(unitId).isEmpty()) {
            throw new ServiceRefused("directory-service", 404, "enheten " + unitId);
        }
        String name = tree == null ? unitId : tree.name(unitId);
        Map<String, String> names = names(unitId);
        List<UnitLink> above = tree == null ? List.of()
                : tree.ancestors(unitId).stream().map(n -> new UnitLink(n.id(), tree.name(n.id()), 0, null)).toList();
        List<UnitLink> subunits = tree == null ? null
                : tree.subtree(unitId).stream().skip(1).map(p -> new UnitLink(p.unit().id(), tree.name(p.unit().id()),
                        p.depth(), p.depth() > 1 ? tree.name(p.unit().parentId()) : null)).toList();
        return Templates.page("enheten", new View(unitId, name, null, above, subunits, choices,
                section(() -> period(unitId, today, today, "I dag, " + SwedishTime.date(today))),
                section(() -> period(unitId, today.withDayOfMonth(1), today, "Hittills i " + month(today) + ", "
                        + range(today.withDayOfMonth(1), today))),
                section(() -> callbacksNow(unitId, tree, names, now)),
                section(() -> violations(unitId, tree, names, now)),
                tree == null ? null : desks(unitId, tree, today, now),
                section(() -> quality(unitId, tree)),
                links(unitId, today)));
    }

    /** The callbacks section alone, for htmx to refresh it now and then. */
    @GET
    @Path("/aterringningar-nu")
    public TemplateInstance callbacksOnly(@QueryParam("enhet") String unitParam) {
        String unitId = unitId(unitParam);
        if (unitId == null) {
            throw new ServiceRefused("directory-service", 404, "ingen enhet vald");
        }
        List<DirectoryApi.Unit> units = section(directory::units);
        UnitTree tree = units == null ? null : tree(units);
        return Templates.page$aterringningar(new View(unitId, tree == null ? unitId : tree.name(unitId), null, List.of(),
                List.of(), List.of(), null, null, section(() -> callbacksNow(unitId, tree, names(unitId), clock.instant())),
                null, null, null, List.of()));
    }

    /** compliance-service's report as CSV; the browser cannot send the token there itself, so it comes through here. */
    @GET
    @Path("/rapport.csv")
    @Produces("text/csv")
    public Response reportCsv(@QueryParam("enhet") String unitParam, @QueryParam("from") String fromParam,
            @QueryParam("to") String toParam) {
        String unitId = unitId(unitParam);
        if (unitId == null) {
            return badRequest("Välj en enhet för rapporten.");
        }
        LocalDate today = clock.instant().atZone(SwedishTime.ZONE).toLocalDate();
        LocalDate from;
        LocalDate to;
        try {
            from = fromParam == null || fromParam.isBlank() ? today.withDayOfMonth(1) : LocalDate.parse(fromParam);
            to = toParam == null || toParam.isBlank() ? today : LocalDate.parse(toParam);
        } catch (DateTimeParseException e) {
            return badRequest("Ange datum som ÅÅÅÅ-MM-DD, till exempel " + today.withDayOfMonth(1) + ".");
        }
        if (to.isBefore(from)) {
            return badRequest("Slutdatumet ligger före startdatumet.");
        }
        byte[] csv;
        try {
            csv = compliance.reportCsv(unitId, from, to, true);
        } catch (ServiceRefused refused) {
            if (refused.status() == 400) {
                return badRequest(refused.detail() == null ? "Rapporten kunde inte tas fram för de datumen."
                        : refused.detail());
            }
            throw refused;
        }
        return attachment(csv, "rapport-" + fileSafe(unitId) + "-" + from + "-" + to + ".csv");
    }

    /** callback-service's list of the unit's open callbacks as CSV (it leaves out the caller numbers). */
    @GET
    @Path("/aterringningar.csv")
    @Produces("text/csv")
    public Response callbacksCsv(@QueryParam("enhet") String unitParam) {
        String unitId = unitId(unitParam);
        if (unitId == null) {
            return badRequest("Välj en enhet för listan.");
        }
        LocalDate today = clock.instant().atZone(SwedishTime.ZONE).toLocalDate();
        return attachment(callbacks.unitTasksCsv(unitId, "OPEN"),
                "aterringningar-" + fileSafe(unitId) + "-" + today + ".csv");
    }

    private String unitId(String unitParam) {
        if (unitParam != null && !unitParam.isBlank()) {
            return unitParam.strip();
        }
        String own = user.unitId();
        return own == null || own.isBlank() ? null : own;
    }

    /**
     * One section's fetch: a service that is down or refuses (other than 401/403) leaves the section empty. A 403
     * means the unit is outside the manager's scope, which no other section changes: the no-access page.
     */
    private <T> T section(Supplier<T> fetch) {
        try {
            return fetch.get();
        } catch (ServiceRefused refused) {
            if (refused.status() == 403 || refused.status() == 401) {
                throw refused;
            }
            LOG.warnf("A section of the unit page could not be fetched: %s", refused.getMessage());
            return null;
        } catch (ProcessingException e) {
            LOG.warnf("A section of the unit page could not be fetched: %s", e.getMessage());
            return null;
        }
    }

    /**
     * The names of the members of the unit and the units below it, by employee id, for the callbacks and the
     * violations. Only names: anything that goes wrong, a 403 too, leaves the ids shown instead, and the page as it is.
     */
    private Map<String, String> names(String unitId) {
        try {
            Map<String, String> names = new HashMap<>();
            for (DirectoryApi.Employee e : directory.employees(unitId, true)) {
                if (e.id() != null) {
                    names.put(e.id(), e.name());
                }
            }
            return names;
        } catch (RuntimeException e) {
            LOG.warnf("The names of %s's members could not be fetched; the page shows employee ids: %s", unitId,
                    e.getMessage());
            return Map.of();
        }
    }

    /** The employee's name from the directory, else their id. */
    static String name(Map<String, String> names, String employeeId) {
        return names.getOrDefault(employeeId, employeeId);
    }

    static UnitTree tree(List<DirectoryApi.Unit> units) {
        return new UnitTree(units.stream()
                .map(u -> new UnitTree.Node(u.id(), u.name(), u.parentId(), u.serviceFunction())).toList());
    }

    /**
     * The units to switch to: an admin's every unit; a manager's the subtrees of the token's unit and of the units the
     * directory names them manager of (navigation only: each service decides again).
     */
    private List<UnitLink> choices(UnitTree tree, List<DirectoryApi.Unit> units) {
        if (user.is(SignedInUser.ADMIN)) {
            return tree.all().stream().map(p -> new UnitLink(p.unit().id(), tree.name(p.unit().id()), p.depth(), null))
                    .toList();
        }
        Map<String, UnitLink> out = new LinkedHashMap<>();
        List<String> roots = new ArrayList<>();
        if (user.unitId() != null) {
            roots.add(user.unitId());
        }
        String me = user.employeeId();
        units.stream().filter(u -> me != null && me.equals(u.managerEmployeeId())).forEach(u -> roots.add(u.id()));
        for (String root : roots) {
            tree.subtree(root).forEach(p -> out.putIfAbsent(p.unit().id(),
                    new UnitLink(p.unit().id(), tree.name(p.unit().id()), p.depth(), null)));
        }
        return List.copyOf(out.values());
    }

    private Period period(String unitId, LocalDate from, LocalDate to, String caption) {
        ComplianceApi.Report report = compliance.report(unitId, from, to, true);
        if (report == null || report.figures() == null) {
            return null;
        }
        return new Period(caption, figures(report.figures()));
    }

    static List<Figure> figures(ComplianceApi.Figures f) {
        String coverage = SwedishNumbers.percent(f.serviceDeskCoverageRatio());
        String answerRate = SwedishNumbers.percent(f.answerRate());
        return List.of(
                new Figure("Återuppringningar totalt", SwedishNumbers.count(f.callbacksTotal())),
                new Figure("Återuppringda i tid", SwedishNumbers.count(f.callbacksOnTime())),
                new Figure("Återuppringda för sent", SwedishNumbers.count(f.callbacksLate())),
                new Figure("Fortfarande försenade", SwedishNumbers.count(f.callbacksStillOverdue())),
                new Figure("Hållna löften", SwedishNumbers.count(f.promisesKept()) + " av "
                        + SwedishNumbers.count(f.promisesTotal())),
                new Figure("Hänvisningar utan återkomsttid", SwedishNumbers.count(f.diversionsWithoutReturnTime())),
                new Figure("Inaktuella hänvisningar", SwedishNumbers.count(f.staleDiversions())),
                new Figure("Täckningsgrad servicefunktion", coverage == null ? "ingen öppen servicefunktion" : coverage),
                new Figure("Medarbetare med katalogproblem", SwedishNumbers.count(f.directoryProblems())),
                new Figure("Erbjudna samtal", SwedishNumbers.count(f.callsOffered())),
                new Figure("Besvarade samtal", SwedishNumbers.count(f.callsAnswered())),
                new Figure("Missade samtal", SwedishNumbers.count(f.callsMissed())),
                new Figure("Svarsfrekvens", answerRate == null ? "inga samtal" : answerRate));
    }

    private Callbacks callbacksNow(String unitId, UnitTree tree, Map<String, String> names, Instant now) {
        List<CallbackApi.Task> open = callbacks.unitTasks(unitId, "OPEN");
        int overdue = 0;
        int dueSoon = 0;
        List<CallbackRow> rows = new ArrayList<>();
        for (CallbackApi.Task t : open.stream().sorted(Comparator.comparing(CallbackApi.Task::dueAt,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList()) {
            DueTime.Urgency state = DueTime.followUp(t.dueAt(), t.overdue(), t.firstAttemptAt() != null, now);
            if (state == DueTime.Urgency.LATER) {
                continue;
            }
            if (state == DueTime.Urgency.OVERDUE) {
                overdue++;
            } else {
                dueSoon++;
            }
            // no caller number here: the manager follows up, the assignee calls
            rows.add(new CallbackRow(state, t.employeeId() == null ? "enheten" : name(names, t.employeeId()),
                    tree == null || t.unitId() == null ? (t.unitId() == null ? "" : t.unitId()) : tree.name(t.unitId()),
                    t.dueAt() == null ? new DueTime("", DueTime.Urgency.LATER) : DueTime.of(t.dueAt(), now),
                    CallbacksPage.origin(t.origin()),
                    t.receivedAt() == null ? "" : SwedishTime.words(t.receivedAt(), now)));
        }
        int leftOut = Math.max(0, rows.size() - CALLBACK_ROWS_SHOWN);
        return new Callbacks(open.size(), dueSoon, overdue, rows.subList(0, rows.size() - leftOut), leftOut);
    }

    private List<ViolationRow> violations(String unitId, UnitTree tree, Map<String, String> names, Instant now) {
        Set<String> shown = tree == null ? null : tree.subtreeIds(unitId);
        return availability.violations(VIOLATIONS_FETCHED).stream()
                .filter(v -> DIVERSION_RULES.contains(v.rule()))
                .filter(v -> shown == null || shown.contains(v.unitId()))
                .limit(VIOLATIONS_SHOWN)
                .map(v -> new ViolationRow(RuleWords.name(v.rule()), v.employeeId() == null ? "" : name(names, v.employeeId()), StatusWords.name(v.status()),
                        v.since() == null ? "" : SwedishTime.words(v.since(), now),
                        v.returnAt() == null ? "ingen angiven" : SwedishTime.words(v.returnAt(), now),
                        v.violatedAt() == null ? "" : SwedishTime.words(v.violatedAt(), now)))
                .toList();
    }

    /** Each service desk of the subtree on its own: a unit that is no desk (404) is left out, a failure says so. */
    private List<Desk> desks(String unitId, UnitTree tree, LocalDate today, Instant now) {
        List<Desk> desks = new ArrayList<>();
        for (UnitTree.Placed p : tree.subtree(unitId)) {
            if (!p.unit().serviceFunction()) {
                continue;
            }
            String id = p.unit().id();
            try {
                desks.add(desk(id, tree.name(id), availability.coverage(id, today), today, now));
            } catch (ServiceRefused refused) {
                if (refused.status() == 403 || refused.status() == 401) {
                    throw refused;
                }
                if (refused.status() != 404) {
                    LOG.warnf("Coverage of %s could not be fetched: %s", id, refused.getMessage());
                    desks.add(new Desk(id, tree.name(id), true, null, null, null, null, List.of()));
                }
            } catch (ProcessingException e) {
                LOG.warnf("Coverage of %s could not be fetched: %s", id, e.getMessage());
                desks.add(new Desk(id, tree.name(id), true, null, null, null, null, List.of()));
            }
        }
        return desks;
    }

    static Desk desk(String id, String name, AvailabilityApi.Coverage c, LocalDate today, Instant now) {
        String ratio = SwedishNumbers.percent(c.ratio());
        String evaluated = c.evaluatedUntil() == null ? "inte bedömd ännu"
                : "bedömd fram till " + (c.evaluatedUntil().atZone(SwedishTime.ZONE).toLocalDate().equals(today)
                        ? SwedishTime.clock(c.evaluatedUntil()) : SwedishTime.words(c.evaluatedUntil(), now));
        List<GapRow> gaps = c.gaps() == null ? List.of() : c.gaps().stream()
                .map(g -> new GapRow(g.start() == null ? "" : SwedishTime.clock(g.start()),
                        g.end() == null ? "pågår" : SwedishTime.clock(g.end()), SwedishNumbers.duration(g.seconds()),
                        g.breach(), g.breach() ? "Ja, över 5 min" : "Nej, högst 5 min"))
                .toList();
        return new Desk(id, name, false, ratio == null ? "inte öppen i dag" : ratio,
                SwedishNumbers.duration(c.coveredSeconds()), SwedishNumbers.duration(c.openSeconds()), evaluated, gaps);
    }

    private Quality quality(String unitId, UnitTree tree) {
        List<QualityRow> rows = directory.quality(unitId).stream()
                .map(q -> new QualityRow(q.name(), tree == null || q.unitId() == null
                        ? (q.unitId() == null ? "" : q.unitId()) : tree.name(q.unitId()),
                        q.problems() == null ? List.of()
                                : q.problems().stream().map(DirectoryApi.Finding::message).distinct().toList()))
                .sorted(Comparator.comparing(QualityRow::name,
                        java.text.Collator.getInstance(SwedishTime.SWEDISH)))
                .toList();
        return new Quality(rows.size(), rows);
    }

    private List<Link> links(String unitId, LocalDate today) {
        String unit = URLEncoder.encode(unitId, StandardCharsets.UTF_8);
        LocalDate first = today.withDayOfMonth(1);
        LocalDate lastMonthStart = first.minusMonths(1);
        LocalDate lastMonthEnd = first.minusDays(1);
        String grafana = grafanaUrl.replaceAll("/+$", "") + GRAFANA_DASHBOARD + "?" + GRAFANA_UNIT_VARIABLE + "=" + unit;
        return List.of(
                new Link(grafana, "Enhetens instrumentpanel i Grafana", false),
                new Link("/enheten/rapport.csv?enhet=" + unit + "&from=" + first + "&to=" + today,
                        "Rapport för " + month(today) + " hittills som CSV (" + range(first, today) + ")", true),
                new Link("/enheten/rapport.csv?enhet=" + unit + "&from=" + lastMonthStart + "&to=" + lastMonthEnd,
                        "Rapport för " + month(lastMonthStart) + " som CSV (" + range(lastMonthStart, lastMonthEnd) + ")",
                        true),
                new Link("/enheten/aterringningar.csv?enhet=" + unit, "Öppna återuppringningar som CSV", true));
    }

    static String month(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, SwedishTime.SWEDISH);
    }

    /** "1–5 maj 2026", "1 januari–5 maj 2026" */
    static String range(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return SwedishTime.date(from);
        }
        if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
            return from.getDayOfMonth() + "–" + SwedishTime.date(to);
        }
        return SwedishTime.date(from) + "–" + SwedishTime.date(to);
    }

    static String fileSafe(String unitId) {
        return unitId.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static Response attachment(byte[] csv, String filename) {
        return Response.ok(csv, CSV).header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    private static Response badRequest(String text) {
        return Response.status(400).type(MediaType.TEXT_HTML)
                .entity(ErrorPages.Templates.fel("enheten", "Rapporten kunde inte tas fram", text).render()).build();
    }
}
