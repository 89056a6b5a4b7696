package se.telefonpolicy.callback.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import se.telefonpolicy.callback.domain.CallbackTask;
import se.telefonpolicy.callback.domain.DeadlineRule;
import se.telefonpolicy.callback.domain.UnitTree;
import se.telefonpolicy.callback.persistence.CallbackTaskRepository;
import se.telefonpolicy.callback.persistence.DeadlineDecisionEntity;
import se.telefonpolicy.callback.persistence.DirectoryRepository;
import se.telefonpolicy.callback.persistence.PendingDecisionRepository;
import se.telefonpolicy.callback.persistence.PendingStep;
import se.telefonpolicy.callback.persistence.TaskPendingEntity;
import se.telefonpolicy.contracts.callback.CallbackDeadlineDecided;
import se.telefonpolicy.contracts.callback.DeadlineVerdict;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.platform.outbox.Outbox;

/**
 * CALLBACK_2WD and PROMISE_KEPT, decided by this service (BRIEF, "Event time"): once the calls' watermark has passed
 * a task's due time, CallbackDeadlineDecided MET or OVERDUE, in the transaction that records it; once it has passed
 * the first handling of an OVERDUE task, one LATE. A task opened after the watermark passed its due time (a lagging
 * partition) is decided at the next run, with the call backs read before it (kept outbound calls).
 */
@ApplicationScoped
public class DeadlineDecisions {

    private static final Logger LOG = Logger.getLogger(DeadlineDecisions.class);
    private static final int BATCH = 500;

    /** What one run published. */
    public record Result(int decided, int late) {
    }

    private final PendingDecisionRepository pending;
    private final CallbackTaskRepository tasks;
    private final DirectoryRepository directory;
    private final Outbox outbox;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final Counter decisionStands;

    public DeadlineDecisions(PendingDecisionRepository pending, CallbackTaskRepository tasks,
            DirectoryRepository directory, Outbox outbox, Clock clock, MeterRegistry metrics) {
        this.pending = pending;
        this.tasks = tasks;
        this.directory = directory;
        this.outbox = outbox;
        this.clock = clock;
        this.metrics = metrics;
        this.decisionStands = Counter.builder("telefonpolicy.callback.deadline.attempt_after_decision")
                .description("Tasks decided OVERDUE that turned out to have been handled by the due time (an attempt"
                        + " registered later with an earlier time): the decision stands, no LATE")
                .register(metrics);
    }

    @Transactional(TxType.MANDATORY)
    public Result run(Instant watermark, Round round) {
        Instant now = clock.instant();
        int decided = 0;
        int late = 0;
        UnitTree units = null;
        List<TaskPendingEntity> due;
        do {
            // a deadline waits for the task's absence check: the decision names who held the task at its due time
            due = pending.lockDue(PendingStep.DEADLINE, watermark, PendingStep.ABSENCE_CHECK, BATCH);
            for (TaskPendingEntity deadline : due) {
                Optional<CallbackTask> task;
                try {
                    task = tasks.lockTask(deadline.taskId);
                } catch (CallbackTaskRepository.TaskBusyException busy) {
                    round.stoppedAt(busy.taskId());
                    return new Result(decided, late);
                }
                if (task.isPresent() && pending.decision(deadline.taskId).isEmpty()) {
                    units = units != null ? units : directory.unitTree();
                    late += decide(task.get(), watermark, units, now) ? 1 : 0;
                    decided++;
                }
                pending.done(deadline);
            }
        } while (due.size() == BATCH);
        do {
            // the first handling of tasks decided already: a LATE after an OVERDUE, else nothing more
            due = pending.lockDue(PendingStep.HANDLED, watermark, PendingStep.DEADLINE, BATCH);
            for (TaskPendingEntity handled : due) {
                Optional<DeadlineDecisionEntity> decision = pending.decision(handled.taskId);
                if (decision.isPresent() && decision.get().lateSettledAt == null
                        && DeadlineVerdict.OVERDUE.name().equals(decision.get().verdict)) {
                    units = units != null ? units : directory.unitTree();
                    Optional<CallbackTask> task;
                    try {
                        task = tasks.lockTask(handled.taskId);
                    } catch (CallbackTaskRepository.TaskBusyException busy) {
                        round.stoppedAt(busy.taskId());
                        return new Result(decided, late);
                    }
                    if (task.isPresent() && afterOverdue(task.get(), decision.get(), watermark, units, now)) {
                        late++;
                    }
                }
                pending.done(handled);
            }
        } while (due.size() == BATCH);
        return new Result(decided, late);
    }

    /** MET or OVERDUE, and for an OVERDUE task already handled (before the watermark) its LATE; true if LATE too. */
    private boolean decide(CallbackTask task, Instant watermark, UnitTree units, Instant now) {
        DeadlineVerdict verdict = DeadlineRule.atDue(task);
        Instant firstAttempt = verdict == DeadlineVerdict.MET ? task.handledAt() : null;
        RuleId rule = DeadlineRule.ruleOf(task);
        DeadlineDecisionEntity decision = pending.decided(task.id(), rule, verdict, firstAttempt, now);
        publish(task, rule, verdict, firstAttempt, units);
        LOG.infof("Task %s: %s %s (due %s, first handled %s)", task.id(), rule, verdict, task.dueAt(), task.handledAt());
        if (verdict == DeadlineVerdict.MET) {
            pending.cancel(task.id(), PendingStep.HANDLED);
            return false;
        }
        return afterOverdue(task, decision, watermark, units, now);
    }

    /** An OVERDUE task handled at or before the watermark: LATE (true), or the decision stands; else later. */
    private boolean afterOverdue(CallbackTask task, DeadlineDecisionEntity decision, Instant watermark, UnitTree units,
            Instant now) {
        switch (DeadlineRule.afterOverdue(task, watermark)) {
            case LATE -> {
                decision.lateAttemptAt = task.handledAt();
                decision.lateSettledAt = now;
                pending.cancel(task.id(), PendingStep.HANDLED);
                publish(task, DeadlineRule.ruleOf(task), DeadlineVerdict.LATE, task.handledAt(), units);
                LOG.infof("Task %s: LATE, first handled %s after its due time %s", task.id(), task.handledAt(),
                        task.dueAt());
                return true;
            }
            case DECISION_STANDS -> {
                decision.lateSettledAt = now;
                pending.cancel(task.id(), PendingStep.HANDLED);
                decisionStands.increment();
                LOG.warnf("Task %s was decided OVERDUE (due %s), then registered as handled at %s, by the due time:"
                        + " the decision stands and no LATE follows", task.id(), task.dueAt(), task.handledAt());
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    private void publish(CallbackTask task, RuleId rule, DeadlineVerdict verdict, Instant firstAttempt, UnitTree units) {
        Accountable accountable = Accountable.of(task, directory, units);
        outbox.publish(new CallbackDeadlineDecided(task.id().toString(), rule, verdict, task.employeeId(),
                accountable.unitId(), accountable.managerEmployeeId(), task.dueAt(), firstAttempt));
        metrics.counter("telefonpolicy.callback.deadline.decided", "rule", rule.name(), "verdict", verdict.name())
                .increment();
    }
}
