package se.telefonpolicy.compliance.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import se.telefonpolicy.compliance.domain.BreachCandidate;
import se.telefonpolicy.compliance.domain.DirectoryRules;
import se.telefonpolicy.compliance.domain.EmployeeFacts;
import se.telefonpolicy.compliance.persistence.DirectoryRepository;
import se.telefonpolicy.compliance.persistence.Jdbc;
import se.telefonpolicy.contracts.compliance.RuleId;

/**
 * Finds the directory problems (VOICEMAIL_ENABLED, GREETING_RECORDED, DIRECTORY_CORRECT) as of the injected
 * clock, every 15 s by default. These rules look at the directory's current state (compacted topics), not at
 * when something happened, so they are the one thing compliance still judges itself. Callback deadlines,
 * diversions and desk coverage are not swept: their owners decide them on event time and compliance records
 * the decisions as they are read (CallbackTasksConsumer, AvailabilityConsumer).
 *
 * <p>Many instances: one sweeps at a time (a transaction-scoped advisory lock; the others skip that
 * round), and the breach table's unique (rule, subject) would stop a second record anyway.
 */
@ApplicationScoped
public class BreachSweep {

    private static final Logger LOG = Logger.getLogger(BreachSweep.class);
    /** "compl" in ASCII and 01: any number unique among the service's advisory locks (the outbox relay has its own). */
    private static final long SWEEP_LOCK = 0x636f6d706c_01L;

    private final Jdbc jdbc;
    private final DirectoryRepository directory;
    private final DirectoryRules directoryRules;
    private final BreachRecorder recorder;
    private final Clock clock;

    public BreachSweep(Jdbc jdbc, DirectoryRepository directory, DirectoryRules directoryRules, BreachRecorder recorder,
            Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.directoryRules = directoryRules;
        this.recorder = recorder;
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
        int recorded = directoryProblems(clock.instant());
        if (recorded > 0) {
            LOG.infof("Breach sweep recorded %d directory breaches", recorded);
        }
        return recorded;
    }

    /** A directory problem is one episode from the sweep that first sees it until a sweep sees it fixed. */
    private int directoryProblems(Instant now) {
        Map<String, String> managerOf = new HashMap<>();
        directory.units().forEach(u -> managerOf.put(u.unitId(), u.managerEmployeeId()));
        Map<String, Set<RuleId>> open = new HashMap<>();
        directory.problems().forEach(p -> open.computeIfAbsent(p.employeeId(), k -> new HashSet<>()).add(p.ruleId()));
        int recorded = 0;
        for (EmployeeFacts e : directory.employees()) {
            Set<RuleId> problemsNow = directoryRules.problems(e, managerOf.get(e.unitId()) != null, now);
            Set<RuleId> before = open.getOrDefault(e.employeeId(), Set.of());
            for (RuleId rule : DirectoryRules.RULES) {
                if (problemsNow.contains(rule) && !before.contains(rule)) {
                    Instant since = directory.openProblem(rule, e.employeeId(), now);
                    if (recorder.record(BreachCandidate.directory(rule, e.employeeId(), e.unitId(), since, now))) {
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
