package se.telefonpolicy.callback.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import se.telefonpolicy.callback.domain.CallbackTask;
import se.telefonpolicy.callback.domain.DueSoonRule;
import se.telefonpolicy.callback.domain.UnitTree;
import se.telefonpolicy.callback.persistence.CallbackTaskRepository;
import se.telefonpolicy.callback.persistence.DirectoryRepository;
import se.telefonpolicy.contracts.callback.CallbackDueSoon;
import se.telefonpolicy.contracts.callback.CallbackOrigin;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.platform.outbox.Outbox;

/** Sends CallbackDueSoon once per task, through the outbox, from whichever instance gets there first. */
@ApplicationScoped
public class DueSoonWarnings {

    private static final Logger LOG = Logger.getLogger(DueSoonWarnings.class);
    /** Working time left is at most calendar time left; this bounds the scan, the rule decides. */
    private static final Duration SCAN_AHEAD = Duration.ofDays(30);

    private final CallbackTaskRepository tasks;
    private final DueSoonRule rule;
    private final Outbox outbox;
    private final Clock clock;
    private final DirectoryRepository directory;

    public DueSoonWarnings(CallbackTaskRepository tasks, DueSoonRule rule, Outbox outbox, Clock clock,
            DirectoryRepository directory) {
        this.tasks = tasks;
        this.directory = directory;
        this.rule = rule;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(every = "${telefonpolicy.callback.due-soon-every}", identity = "callback-due-soon",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        warnDueSoon();
    }

    /** Warns about every task the rule picks as of the clock's now; returns how many. */
    @Transactional
    public int warnDueSoon() {
        Instant now = clock.instant();
        int warned = 0;
        UnitTree units = null;
        for (CallbackTask task : tasks.lockUnwarnedDueBetween(now, now.plus(SCAN_AHEAD))) {
            if (rule.shouldWarn(task, now)) {
                tasks.markWarned(task.id(), now);
                RuleId ruleId = task.origin() == CallbackOrigin.PROMISE ? RuleId.PROMISE_KEPT : RuleId.CALLBACK_2WD;
                units = units != null ? units : directory.unitTree();
                // the unit accountable: the task's, else the assignee's in the directory; its manager is alerted
                String unit = task.unitId() != null ? task.unitId() : directory.unitOf(task.employeeId()).orElse(null);
                String manager = units.managerFor(unit, task.employeeId()).orElse(null);
                outbox.publish(new CallbackDueSoon(task.id().toString(), task.employeeId(), unit, manager, ruleId,
                        task.dueAt(), now));
                warned++;
            }
        }
        if (warned > 0) {
            LOG.infof("CallbackDueSoon sent for %d tasks", warned);
        }
        return warned;
    }
}
