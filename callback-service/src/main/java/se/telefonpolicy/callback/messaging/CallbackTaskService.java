package se.telefonpolicy.callback.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import se.telefonpolicy.callback.domain.Absence;
import se.telefonpolicy.callback.domain.CallbackDeadlines;
import se.telefonpolicy.callback.domain.CallbackTask;
import se.telefonpolicy.callback.domain.CallerNumbers;
import se.telefonpolicy.callback.domain.Reassignment;
import se.telefonpolicy.callback.persistence.AbsenceRepository;
import se.telefonpolicy.callback.persistence.CallbackTaskRepository;
import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.availability.DivertTarget;
import se.telefonpolicy.contracts.availability.StatusChanged;
import se.telefonpolicy.contracts.callback.CallbackCompleted;
import se.telefonpolicy.contracts.callback.CallbackCreated;
import se.telefonpolicy.contracts.callback.CallbackMade;
import se.telefonpolicy.contracts.callback.CallbackMethod;
import se.telefonpolicy.contracts.callback.CallbackOutcome;
import se.telefonpolicy.contracts.callback.CallbackReassigned;
import se.telefonpolicy.contracts.callback.ReassignmentReason;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.contracts.pbx.OutboundCallPlaced;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.platform.outbox.Outbox;

/**
 * Every change to a task and the events it emits, in the caller's transaction (a consumed batch or a
 * request): the state and the outbox rows commit together. Each step is safe to repeat: the same PBX
 * call (under any ce_id) changes nothing the second time and publishes nothing.
 */
@ApplicationScoped
public class CallbackTaskService {

    private static final Logger LOG = Logger.getLogger(CallbackTaskService.class);

    private final CallbackDeadlines deadlines;
    private final CallbackTaskRepository tasks;
    private final Outbox outbox;
    private final Clock clock;
    private final Counter withheldRefused;
    private final AbsenceRepository absences;
    private final Counter queueReassignmentsLeft;

    public CallbackTaskService(CallbackDeadlines deadlines, CallbackTaskRepository tasks, AbsenceRepository absences,
            Outbox outbox, Clock clock, MeterRegistry metrics) {
        this.deadlines = deadlines;
        this.tasks = tasks;
        this.absences = absences;
        this.outbox = outbox;
        this.clock = clock;
        this.withheldRefused = Counter.builder("telefonpolicy.callback.voicemail.refused")
                .description("Voicemails that open no task because no one can call back")
                .tag("reason", "withheld_number")
                .register(metrics);
        this.queueReassignmentsLeft = Counter.builder("telefonpolicy.callback.reassignment.left")
                .description("Tasks of an absent assignee that should go to the unit's queue, which"
                        + " CallbackReassigned cannot name yet (toEmployeeId is required)")
                .tag("reason", "unit_queue")
                .register(metrics);
    }

    /**
     * Opens a task, or joins the open one for the same caller and assignee (the first deadline stays).
     * A refused voicemail must not doom the batch's transaction: hence dontRollbackOn.
     */
    @Transactional(value = TxType.MANDATORY, dontRollbackOn = InvalidEventException.class)
    public void voicemailLeft(VoicemailLeft voicemail) {
        if (voicemail.callerNumber() == null) {
            // allowed by the contract, but nobody can call a withheld number back: refused, before any
            // change, so IncomingEvents sends it to pbx.calls.v1.dlq with this reason
            withheldRefused.increment();
            throw new InvalidEventException("callerNumber",
                    "is required to open a callback task: a withheld number cannot be called back");
        }
        if (tasks.isKnownMessage(voicemail.callId())) {
            return;
        }
        Optional<CallbackTask> open = tasks.findOpenFor(voicemail.callerNumber(), voicemail.employeeId(),
                voicemail.unitId());
        if (open.isPresent()) {
            CallbackTask joined = open.get().withMessage(voicemail.leftAt());
            tasks.save(joined);
            tasks.addMessage(voicemail.callId(), joined.id(), voicemail.leftAt());
            LOG.infof("Voicemail %s from %s joined task %s (%d messages)", voicemail.callId(),
                    CallerNumbers.mask(voicemail.callerNumber()), joined.id(), joined.messageCount());
            return;
        }
        CallbackTask task = deadlines.openFor(voicemail);
        if (tasks.insertIfNew(task)) {
            LOG.infof("Voicemail %s from %s opened task %s due %s", voicemail.callId(),
                    CallerNumbers.mask(voicemail.callerNumber()), task.id(), task.dueAt());
            outbox.publish(new CallbackCreated(task.id().toString(), task.origin(), RuleId.CALLBACK_2WD,
                    task.unitId(), task.employeeId(), task.callId(), null, clock.instant(), task.dueAt()));
            // the assignee may be away already, past the due time: moved right away, after CallbackCreated
            if (task.employeeId() != null) {
                absences.findFor(task.employeeId()).ifPresent(absence -> reassignIfAway(task, absence));
            }
        }
    }

    /**
     * An employee's presence changed: stored if it is the latest known, and if they are away past a task's
     * due time, that task moves (once: a moved task is never moved again by rule, so a redelivered or
     * repeated StatusChanged changes nothing).
     */
    @Transactional(TxType.MANDATORY)
    public void statusChanged(StatusChanged change) {
        DivertTarget divert = change.divertTarget();
        Absence absence = new Absence(change.employeeId(), change.unitId(), change.status(), change.returnAt(),
                divert == null ? null : divert.kind(), divert == null ? null : divert.targetId(), change.changedAt());
        if (!absences.storeIfNewer(absence)) {
            LOG.debugf("Status of %s changed at %s is older than the one known: ignored", change.employeeId(),
                    change.changedAt());
            return;
        }
        if (!absence.isAway()) {
            return;
        }
        for (CallbackTask task : tasks.findOpenNotReassignedForEmployee(change.employeeId())) {
            reassignIfAway(task, absence);
        }
    }

    private void reassignIfAway(CallbackTask task, Absence absence) {
        Optional<Reassignment.Target> decided = Reassignment.decide(task, absence);
        if (decided.isEmpty()) {
            return;
        }
        Reassignment.Target to = decided.get();
        if (to.isUnitQueue()) {
            // CallbackReassigned requires a toEmployeeId: a move to a unit's queue cannot be published, and
            // a move nobody is told about is worse than none. The task stays; counted, until the contract allows it.
            queueReassignmentsLeft.increment();
            LOG.warnf("Task %s: %s is away past the due time %s; the unit queue %s cannot be named in"
                    + " CallbackReassigned, the task stays", task.id(), task.employeeId(), task.dueAt(), to.unitId());
            return;
        }
        Instant now = clock.instant();
        // a personal task stays out of the unit's own mailbox view: only the person changes
        CallbackTask moved = task.reassignedTo(to.employeeId(), task.unitId());
        tasks.saveReassigned(moved, task.employeeId(), now);
        outbox.publish(new CallbackReassigned(task.id().toString(), task.employeeId(), to.employeeId(), to.unitId(),
                ReassignmentReason.ASSIGNEE_AWAY, null, now, task.dueAt()));
        LOG.infof("Task %s moved from %s to %s: away (%s) until %s, due %s", task.id(), task.employeeId(),
                to.employeeId(), absence.status(), absence.returnAt(), task.dueAt());
    }

    /**
     * The assignee called the caller's number back: an attempt (CallbackMade); answered, the task is
     * done (CallbackCompleted, REACHED). A PBX that reports the call at dial time and again when it
     * ends gives one attempt, and the completion when the answer is known.
     */
    @Transactional(TxType.MANDATORY)
    public void outboundCallPlaced(OutboundCallPlaced call) {
        for (CallbackTask task : tasks.findOpenForEmployeeAndNumber(call.employeeId(), call.calledNumber())) {
            if (!task.isAnsweredBy(call)) {
                continue;
            }
            CallbackTask current = task;
            if (tasks.addAttemptIfNew(task.id(), call.employeeId(), CallbackMethod.OUTBOUND_CALL, call.callId(),
                    call.placedAt(), call.answered())) {
                current = current.withAttempt(call.placedAt());
                tasks.save(current);
                outbox.publish(new CallbackMade(task.id().toString(), call.employeeId(), CallbackMethod.OUTBOUND_CALL,
                        call.callId(), call.placedAt()));
                LOG.infof("Outbound call %s to %s is an attempt on task %s (on time: %s)", call.callId(),
                        CallerNumbers.mask(call.calledNumber()), task.id(), current.onTime());
            }
            if (Boolean.TRUE.equals(call.answered())) {
                complete(current, CallbackOutcome.REACHED, call.placedAt(), call.employeeId());
            }
        }
    }

    /** An attempt registered by hand (a phone outside the PBX); the task stays open. */
    @Transactional(TxType.MANDATORY)
    public CallbackTask manualAttempt(CallbackTask task, String employeeId, Instant madeAt) {
        tasks.addAttemptIfNew(task.id(), employeeId, CallbackMethod.MANUAL_REGISTRATION, null, madeAt, null);
        CallbackTask attempted = task.withAttempt(madeAt);
        tasks.save(attempted);
        outbox.publish(new CallbackMade(task.id().toString(), employeeId, CallbackMethod.MANUAL_REGISTRATION, null,
                madeAt));
        return attempted;
    }

    @Transactional(TxType.MANDATORY)
    public CallbackTask complete(CallbackTask task, CallbackOutcome outcome, Instant at, String employeeId) {
        CallbackTask done = task.completed(outcome, at, employeeId);
        tasks.save(done);
        outbox.publish(new CallbackCompleted(task.id().toString(), employeeId, outcome, at));
        LOG.infof("Task %s completed: %s", task.id(), outcome);
        return done;
    }
}
