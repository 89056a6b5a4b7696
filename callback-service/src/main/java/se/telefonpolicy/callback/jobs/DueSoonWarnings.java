package se.telefonpolicy.callback.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import se.telefonpolicy.callback.domain.CallbackTask;
import se.telefonpolicy.callback.domain.DeadlineRule;
import se.telefonpolicy.callback.domain.DueSoonRule;
import se.telefonpolicy.callback.domain.UnitTree;
import se.telefonpolicy.callback.persistence.CallbackTaskRepository;
import se.telefonpolicy.callback.persistence.DirectoryRepository;
import se.telefonpolicy.callback.persistence.PendingDecisionRepository;
import se.telefonpolicy.callback.persistence.PendingStep;
import se.telefonpolicy.callback.persistence.TaskPendingEntity;
import se.telefonpolicy.contracts.callback.CallbackDueSoon;
import se.telefonpolicy.platform.outbox.Outbox;

/**
 * CallbackDueSoon on event time: once the calls' watermark has passed a task's due-soon point, every call back
 * made by then has been read; if there was none, the warning goes out, dated at that point, so a replay sends the
 * same warnings. Waits for the task's absence check, so it names whoever holds the task then.
 */
@ApplicationScoped
public class DueSoonWarnings {

    private static final int BATCH = 500;

    private final PendingDecisionRepository pending;
    private final CallbackTaskRepository tasks;
    private final DueSoonRule rule;
    private final DirectoryRepository directory;
    private final Outbox outbox;

    public DueSoonWarnings(PendingDecisionRepository pending, CallbackTaskRepository tasks, DueSoonRule rule,
            DirectoryRepository directory, Outbox outbox) {
        this.pending = pending;
        this.tasks = tasks;
        this.rule = rule;
        this.directory = directory;
        this.outbox = outbox;
    }

    /** Returns how many warnings it sent. */
    @Transactional(TxType.MANDATORY)
    public int run(Instant watermark, Round round) {
        int warned = 0;
        UnitTree units = null;
        List<TaskPendingEntity> due;
        do {
            due = pending.lockDue(PendingStep.DUE_SOON, watermark, PendingStep.ABSENCE_CHECK, BATCH);
            for (TaskPendingEntity point : due) {
                Optional<CallbackTask> task;
                try {
                    task = tasks.lockTask(point.taskId);
                } catch (CallbackTaskRepository.TaskBusyException busy) {
                    round.stoppedAt(busy.taskId());
                    return warned;
                }
                if (task.isPresent() && rule.shouldWarn(task.get(), point.at)) {
                    units = units != null ? units : directory.unitTree();
                    Accountable accountable = Accountable.of(task.get(), directory, units);
                    tasks.markWarned(point.taskId, point.at);
                    outbox.publish(new CallbackDueSoon(point.taskId.toString(), task.get().employeeId(),
                            accountable.unitId(), accountable.managerEmployeeId(), DeadlineRule.ruleOf(task.get()),
                            task.get().dueAt(), point.at));
                    warned++;
                }
                pending.done(point);
            }
        } while (due.size() == BATCH);
        return warned;
    }
}
