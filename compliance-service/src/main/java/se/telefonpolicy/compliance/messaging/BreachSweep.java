package se.telefonpolicy.compliance.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import se.telefonpolicy.compliance.config.ComplianceConfig;
import se.telefonpolicy.compliance.domain.BreachCandidate;
import se.telefonpolicy.compliance.domain.CallbackDeadline;
import se.telefonpolicy.compliance.domain.CoverageGap;
import se.telefonpolicy.compliance.domain.DirectoryRules;
import se.telefonpolicy.compliance.domain.Diversion;
import se.telefonpolicy.compliance.domain.EmployeeFacts;
import se.telefonpolicy.compliance.persistence.CallbackDeadlineRepository;
import se.telefonpolicy.compliance.persistence.CoverageGapRepository;
import se.telefonpolicy.compliance.persistence.DirectoryRepository;
import se.telefonpolicy.compliance.persistence.DiversionRepository;
import se.telefonpolicy.compliance.persistence.Jdbc;
import se.telefonpolicy.contracts.compliance.RuleId;

/**
 * Finds the breaches whose time has come, as of the injected clock: every 15 s by default, so a
 * deadline breach is detected well within a minute of its due time. Due times come from event times,
 * so a replay gives the same breaches at any speed; one whose due time had passed when its events
 * arrived is detected by the next sweep (detectedAt = now, dueAt from the events).
 *
 * <p>Many instances: one sweeps at a time (a transaction-scoped advisory lock; the others skip that
 * round), and the breach table's unique (rule, subject) would stop a second record anyway.
 */
@ApplicationScoped
public class BreachSweep {

    private static final Logger LOG = Logger.getLogger(BreachSweep.class);
    private static final int BATCH = 500;
    /** "compl" in ASCII and 01: any number unique among the service's advisory locks (the outbox relay has its own). */
    private static final long SWEEP_LOCK = 0x636f6d706c_01L;

    private final Jdbc jdbc;
    private final CallbackDeadlineRepository tasks;
    private final DiversionRepository diversions;
    private final CoverageGapRepository gaps;
    private final DirectoryRepository directory;
    private final DirectoryRules directoryRules;
    private final BreachRecorder recorder;
    private final ComplianceConfig config;
    private final Clock clock;

    public BreachSweep(Jdbc jdbc, CallbackDeadlineRepository tasks, DiversionRepository diversions, CoverageGapRepository gaps,
            DirectoryRepository directory, DirectoryRules directoryRules, BreachRecorder recorder, ComplianceConfig config,
            Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.diversions = diversions;
        this.gaps = gaps;
        this.directory = directory;
        this.directoryRules = directoryRules;
        this.recorder = recorder;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${telefonpolicy.compliance.sweep-every}", identity = "compliance-breach-sweep",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sweep();
    }

    /** One sweep as of the clock's now; returns the breaches it recorded (0 when another instance holds the sweep). */
    @Transactional
    public int sweep() {
        if (!jdbc.query("SELECT pg_try_advisory_xact_lock(?)", rs -> rs.getBoolean(1), SWEEP_LOCK).get(0)) {
            return 0;
        }
        Instant now = clock.instant();
        int recorded = callbacks(now) + diversionsWithoutReturnTime(now) + staleDiversions(now) + coverageGaps(now)
                + directoryProblems(now);
        if (recorded > 0) {
            LOG.infof("Breach sweep recorded %d breaches", recorded);
        }
        return recorded;
    }

    private int callbacks(Instant now) {
        int recorded = 0;
        List<CallbackDeadline> due;
        do {
            due = tasks.dueUnswept(now, BATCH);
            for (CallbackDeadline task : due) {
                if (task.isBreached(now) && recorder.record(BreachCandidate.callback(task), now)) {
                    recorded++;
                }
                tasks.markSwept(task.taskId());
            }
        } while (due.size() == BATCH);
        return recorded;
    }

    private int diversionsWithoutReturnTime(Instant now) {
        int recorded = 0;
        List<Diversion> found;
        do {
            found = diversions.withoutReturnTimeUnswept(BATCH);
            for (Diversion d : found) {
                if (recorder.record(BreachCandidate.withoutReturnTime(d), now)) {
                    recorded++;
                }
                diversions.markReturnTimeSwept(d);
            }
        } while (found.size() == BATCH);
        return recorded;
    }

    private int staleDiversions(Instant now) {
        int recorded = 0;
        List<Diversion> found;
        do {
            found = diversions.staleCandidates(now.minus(config.staleGrace()), BATCH);
            for (Diversion d : found) {
                if (d.isStale(now, config.staleGrace()) && recorder.record(BreachCandidate.stale(d, config.staleGrace()), now)) {
                    recorded++;
                }
                diversions.markStaleSwept(d);
            }
        } while (found.size() == BATCH);
        return recorded;
    }

    private int coverageGaps(Instant now) {
        int recorded = 0;
        List<CoverageGap> found;
        do {
            found = gaps.unswept(now.minus(config.coverageGrace()), BATCH);
            for (CoverageGap gap : found) {
                if (gap.isBreached(now, config.coverageGrace())
                        && recorder.record(BreachCandidate.unstaffed(gap, config.coverageGrace()), now)) {
                    recorded++;
                }
                gaps.markSwept(gap.gapId());
            }
        } while (found.size() == BATCH);
        return recorded;
    }

    /** A directory problem is one episode from the sweep that first sees it until a sweep sees it fixed. */
    private int directoryProblems(Instant now) {
        Map<String, String> managerOf = new HashMap<>();
        directory.units().forEach(u -> managerOf.put(u.unitId(), u.managerEmployeeId()));
        Map<String, Set<RuleId>> open = new HashMap<>();
        directory.problems().forEach(p -> open.computeIfAbsent(p.employeeId(), k -> new java.util.HashSet<>()).add(p.ruleId()));
        int recorded = 0;
        for (EmployeeFacts e : directory.employees()) {
            Set<RuleId> problemsNow = directoryRules.problems(e, managerOf.get(e.unitId()) != null, now);
            Set<RuleId> before = open.getOrDefault(e.employeeId(), Set.of());
            for (RuleId rule : DirectoryRules.RULES) {
                if (problemsNow.contains(rule) && !before.contains(rule)) {
                    Instant since = directory.openProblem(rule, e.employeeId(), now);
                    if (recorder.record(BreachCandidate.directory(rule, e.employeeId(), e.unitId(), since), now)) {
                        recorded++;
                    }
                } else if (!problemsNow.contains(rule) && before.contains(rule)) {
                    directory.closeProblem(rule, e.employeeId());
                }
            }
        }
        return recorded;
    }
}
