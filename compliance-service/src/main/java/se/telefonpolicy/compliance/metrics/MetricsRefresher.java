package se.telefonpolicy.compliance.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.scheduler.Scheduled;
import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.compliance.config.ComplianceConfig;
import se.telefonpolicy.compliance.domain.CallbackDeadline;
import se.telefonpolicy.compliance.domain.Coverage;
import se.telefonpolicy.compliance.domain.CoverageGap;
import se.telefonpolicy.compliance.domain.DirectoryRules;
import se.telefonpolicy.compliance.domain.EmployeeFacts;
import se.telefonpolicy.compliance.domain.ServiceDeskHours;
import se.telefonpolicy.compliance.persistence.CallbackDeadlineRepository;
import se.telefonpolicy.compliance.persistence.CoverageGapRepository;
import se.telefonpolicy.compliance.persistence.DirectoryRepository;
import se.telefonpolicy.compliance.persistence.DiversionRepository;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.contracts.directory.ServiceDesk;

/**
 * Sets the state gauges from the database. Every instance does it and reads the whole database, so every
 * instance reports the same values (dashboards take max by unit, not sum). Overdue tasks and violating
 * diversions are the owners' recorded decisions; the clock only bounds "today" and "due soon".
 */
@ApplicationScoped
public class MetricsRefresher {

    private static final ObjectMapper JSON = EventJson.mapper();
    /** Working time left is at most calendar time left: tasks due later than this cannot be due soon. */
    private static final Duration DUE_SOON_SCAN = Duration.ofDays(14);

    private final DirectoryRepository directory;
    private final CallbackDeadlineRepository tasks;
    private final DiversionRepository diversions;
    private final CoverageGapRepository gaps;
    private final DirectoryRules directoryRules;
    private final ComplianceMetrics metrics;
    private final ComplianceConfig config;
    private final WorkingCalendar calendar;
    private final Clock clock;

    public MetricsRefresher(DirectoryRepository directory, CallbackDeadlineRepository tasks, DiversionRepository diversions,
            CoverageGapRepository gaps, DirectoryRules directoryRules, ComplianceMetrics metrics, ComplianceConfig config,
            WorkingCalendar calendar, Clock clock) {
        this.directory = directory;
        this.tasks = tasks;
        this.diversions = diversions;
        this.gaps = gaps;
        this.directoryRules = directoryRules;
        this.metrics = metrics;
        this.config = config;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Scheduled(every = "${telefonpolicy.compliance.metrics-every}", identity = "compliance-metrics",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        refresh();
    }

    public void refresh() {
        Instant now = clock.instant();
        List<DirectoryRepository.UnitRow> units = directory.units();
        Set<String> present = new java.util.HashSet<>();
        Map<String, String> managerOf = new HashMap<>();
        for (DirectoryRepository.UnitRow u : units) {
            present.add(u.unitId());
            managerOf.put(u.unitId(), u.managerEmployeeId());
            metrics.unitKnown(u.unitId(), u.name(), u.parentUnitId(), u.serviceDeskJson() != null);
        }
        metrics.knownUnits().stream().filter(u -> !present.contains(u)).forEach(metrics::unitGone);
        Set<String> known = metrics.knownUnits();

        Map<String, Integer> open = new HashMap<>();
        Map<String, Integer> overdue = new HashMap<>();
        Map<String, Integer> dueSoon = new HashMap<>();
        for (CallbackDeadline task : tasks.allOpen()) {
            if (task.unitId() == null) {
                continue;
            }
            open.merge(task.unitId(), 1, Integer::sum);
            // overdue is callback-service's decision; "due soon" only warns, so the clock may say it
            if (task.stillOverdue()) {
                overdue.merge(task.unitId(), 1, Integer::sum);
            } else if (task.undecided() && task.firstAttemptAt() == null && task.dueAt().isAfter(now)
                    && task.dueAt().isBefore(now.plus(DUE_SOON_SCAN))
                    && calendar.workingTimeBetween(now, task.dueAt()).compareTo(config.dueSoonWithin()) <= 0) {
                dueSoon.merge(task.unitId(), 1, Integer::sum);
            }
        }
        Map<RuleId, Map<String, Integer>> violations = diversions.standingViolations();
        Map<String, Integer> withoutReturnTime = violations.getOrDefault(RuleId.DIVERSION_RETURN_TIME, Map.of());
        Map<String, Integer> stale = violations.getOrDefault(RuleId.DIVERSION_STALE, Map.of());
        for (String unit : known) {
            metrics.setUnitGauge(ComplianceMetrics.CALLBACKS_OPEN, unit, open.getOrDefault(unit, 0));
            metrics.setUnitGauge(ComplianceMetrics.CALLBACKS_OVERDUE, unit, overdue.getOrDefault(unit, 0));
            metrics.setUnitGauge(ComplianceMetrics.CALLBACKS_DUE_SOON, unit, dueSoon.getOrDefault(unit, 0));
            metrics.setUnitGauge(ComplianceMetrics.DIVERSIONS_WITHOUT_RETURN_TIME, unit, withoutReturnTime.getOrDefault(unit, 0));
            metrics.setUnitGauge(ComplianceMetrics.DIVERSIONS_STALE, unit, stale.getOrDefault(unit, 0));
        }

        serviceDesks(units, now);
        directoryProblems(known, managerOf, now);
    }

    /** Today's coverage so far and whether a gap is open, per service desk. */
    private void serviceDesks(List<DirectoryRepository.UnitRow> units, Instant now) {
        Instant startOfDay = LocalDate.ofInstant(now, calendar.zone()).atStartOfDay(calendar.zone()).toInstant();
        Set<String> unstaffed = new java.util.HashSet<>();
        gaps.open().forEach(g -> unstaffed.add(g.unitId()));
        for (DirectoryRepository.UnitRow u : units) {
            if (u.serviceDeskJson() == null) {
                continue;
            }
            List<CoverageGap> today = gaps.overlapping(new String[] { u.unitId() }, startOfDay, now);
            Double ratio = Coverage.of(ServiceDeskHours.of(serviceDesk(u), calendar), today, startOfDay, now).ratio();
            // before opening nothing has been uncovered yet
            metrics.setUnitGauge(ComplianceMetrics.COVERAGE_RATIO, u.unitId(), ratio == null ? 1.0 : ratio);
            metrics.setUnitGauge(ComplianceMetrics.UNSTAFFED, u.unitId(), unstaffed.contains(u.unitId()) ? 1 : 0);
        }
    }

    private void directoryProblems(Set<String> known, Map<String, String> managerOf, Instant now) {
        Map<String, Map<RuleId, Integer>> counts = new HashMap<>();
        for (EmployeeFacts e : directory.employees()) {
            if (e.unitId() == null) {
                continue;
            }
            for (RuleId rule : directoryRules.problems(e, managerOf.get(e.unitId()) != null, now)) {
                counts.computeIfAbsent(e.unitId(), k -> new HashMap<>()).merge(rule, 1, Integer::sum);
            }
        }
        for (String unit : known) {
            for (RuleId rule : DirectoryRules.RULES) {
                metrics.setDirectoryProblems(rule, unit, counts.getOrDefault(unit, Map.of()).getOrDefault(rule, 0));
            }
        }
    }

    public static ServiceDesk serviceDesk(DirectoryRepository.UnitRow unit) {
        try {
            return JSON.readValue(unit.serviceDeskJson(), ServiceDesk.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored service desk of " + unit.unitId() + " is unreadable", e);
        }
    }
}
