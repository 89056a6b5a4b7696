package se.telefonpolicy.callback.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import se.telefonpolicy.callback.domain.Absence;
import se.telefonpolicy.callback.domain.CallbackTask;
import se.telefonpolicy.callback.domain.Reassignment;
import se.telefonpolicy.callback.domain.UnitTree;
import se.telefonpolicy.callback.persistence.AbsenceRepository;
import se.telefonpolicy.callback.persistence.CallbackTaskRepository;
import se.telefonpolicy.callback.persistence.DirectoryRepository;
import se.telefonpolicy.callback.persistence.PendingDecisionRepository;
import se.telefonpolicy.callback.persistence.PendingStep;
import se.telefonpolicy.callback.persistence.TaskPendingEntity;
import se.telefonpolicy.contracts.callback.CallbackReassigned;
import se.telefonpolicy.contracts.callback.ReassignmentReason;
import se.telefonpolicy.platform.outbox.Outbox;

/**
 * A task moves only when, at its due-soon point, its assignee's absence is known to last past the due time (BRIEF,
 * "Event time": definitions): decided once the statuses' watermark has passed that point, on the status in force
 * then (the latest change at or before it), so a status without return time set when the message came, and
 * ended long before the due time, moves nothing; and the order statuses are read in never matters.
 */
@ApplicationScoped
public class AbsenceReassignments {

    private static final Logger LOG = Logger.getLogger(AbsenceReassignments.class);
    private static final int BATCH = 500;

    private final PendingDecisionRepository pending;
    private final CallbackTaskRepository tasks;
    private final AbsenceRepository absences;
    private final DirectoryRepository directory;
    private final Outbox outbox;
    private final Counter left;

    public AbsenceReassignments(PendingDecisionRepository pending, CallbackTaskRepository tasks, AbsenceRepository absences,
            DirectoryRepository directory, Outbox outbox, MeterRegistry metrics) {
        this.pending = pending;
        this.tasks = tasks;
        this.absences = absences;
        this.directory = directory;
        this.outbox = outbox;
        this.left = Counter.builder("telefonpolicy.callback.reassignment.left")
                .description("Tasks of an assignee away past the due time that stay: no colleague to divert to and"
                        + " no manager in the directory up the unit tree")
                .tag("reason", "no_one_to_take_it")
                .register(metrics);
    }

    /** Checks every task whose due-soon point the statuses' watermark has passed; returns how many moved. */
    @Transactional(TxType.MANDATORY)
    public int run(Instant watermark, Round round) {
        int moved = 0;
        UnitTree units = null;
        List<TaskPendingEntity> due;
        do {
            due = pending.lockDue(PendingStep.ABSENCE_CHECK, watermark, null, BATCH);
            for (TaskPendingEntity check : due) {
                Optional<CallbackTask> task;
                try {
                    task = tasks.lockTask(check.taskId);
                } catch (CallbackTaskRepository.TaskBusyException busy) {
                    round.stoppedAt(busy.taskId());
                    return moved;
                }
                if (task.isPresent() && task.get().isOpen() && task.get().employeeId() != null) {
                    units = units != null ? units : directory.unitTree();
                    if (moveIfAway(task.get(), check.at, units)) {
                        moved++;
                    }
                }
                pending.done(check);
            }
        } while (due.size() == BATCH);
        return moved;
    }

    private boolean moveIfAway(CallbackTask task, Instant at, UnitTree units) {
        Optional<Absence> absence = absences.asOf(task.employeeId(), at);
        if (absence.isEmpty()) {
            return false;
        }
        String homeUnit = directory.unitOf(task.employeeId()).orElse(null);
        // a manager away past the due time at that moment is passed over too
        Optional<Reassignment.Target> decided = Reassignment.decide(task, absence.get(), units, homeUnit,
                manager -> absences.asOf(manager, at).map(a -> a.isAwayPast(task.dueAt())).orElse(false));
        if (decided.isEmpty()) {
            if (Reassignment.applies(task, absence.get())) {
                // nobody to give it to: better the absent person's list than a move nobody is told about
                left.increment();
                LOG.warnf("Task %s: %s is away past the due time %s; no colleague to divert to and no manager up"
                        + " the unit tree, the task stays", task.id(), task.employeeId(), task.dueAt());
            }
            return false;
        }
        Reassignment.Target to = decided.get();
        // a personal task stays out of the unit's own mailbox view: only the person changes
        tasks.saveReassigned(task.reassignedTo(to.employeeId(), task.unitId()), task.employeeId(), at);
        // dated at the due-soon point it was decided for: a replay moves it at the same moment
        outbox.publish(new CallbackReassigned(task.id().toString(), task.employeeId(), to.employeeId(), to.unitId(),
                ReassignmentReason.ASSIGNEE_AWAY, null, at, task.dueAt()));
        LOG.infof("Task %s moved from %s to %s (%s) at its due-soon point %s: away (%s) until %s, due %s", task.id(),
                task.employeeId(), to.employeeId(), to.kind(), at, absence.get().status(), absence.get().returnAt(),
                task.dueAt());
        return true;
    }
}
