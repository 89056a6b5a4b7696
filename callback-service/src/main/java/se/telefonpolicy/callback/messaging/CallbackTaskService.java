package se.telefonpolicy.callback.messaging;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import se.telefonpolicy.callback.domain.Absence;
import se.telefonpolicy.callback.domain.CallbackDeadlines;
import se.telefonpolicy.callback.domain.CallbackTask;
import se.telefonpolicy.callback.domain.CallerNumbers;
import se.telefonpolicy.callback.domain.DueSoonRule;
import se.telefonpolicy.callback.persistence.AbsenceRepository;
import se.telefonpolicy.callback.persistence.CallbackTaskRepository;
import se.telefonpolicy.callback.persistence.DirectoryRepository;
import se.telefonpolicy.callback.persistence.OutboundCallRepository;
import se.telefonpolicy.callback.persistence.PendingDecisionRepository;
import se.telefonpolicy.callback.persistence.PendingStep;
import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.availability.DivertTarget;
import se.telefonpolicy.contracts.availability.StatusChanged;
import se.telefonpolicy.contracts.callback.CallbackCompleted;
import se.telefonpolicy.contracts.callback.CallbackCreated;
import se.telefonpolicy.contracts.callback.CallbackMade;
import se.telefonpolicy.contracts.callback.CallbackMethod;
import se.telefonpolicy.contracts.callback.CallbackOrigin;
import se.telefonpolicy.contracts.callback.CallbackOutcome;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.contracts.pbx.CallAnswered;
import se.telefonpolicy.contracts.pbx.CallMissed;
import se.telefonpolicy.contracts.pbx.CallOffered;
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
    private final DueSoonRule dueSoon;
    private final CallbackTaskRepository tasks;
    private final PendingDecisionRepository pending;
    private final Outbox outbox;
    private final Counter withheldRefused;
    private final AbsenceRepository absences;
    private final DirectoryRepository directory;
    private final Counter withheldMissedCalls;
    private final Counter internalMissedCalls;
    private final boolean colleaguesCount;
    private final OutboundCallRepository outboundCalls;

    public CallbackTaskService(CallbackDeadlines deadlines, DueSoonRule dueSoon, CallbackTaskRepository tasks,
            PendingDecisionRepository pending, AbsenceRepository absences, DirectoryRepository directory,
            OutboundCallRepository outboundCalls, Outbox outbox, MeterRegistry metrics,
            @ConfigProperty(name = "telefonpolicy.callback.unit-colleagues-call-back") boolean colleaguesCount) {
        this.colleaguesCount = colleaguesCount;
        this.outboundCalls = outboundCalls;
        this.deadlines = deadlines;
        this.dueSoon = dueSoon;
        this.tasks = tasks;
        this.pending = pending;
        this.absences = absences;
        this.directory = directory;
        this.outbox = outbox;
        this.withheldRefused = Counter.builder("telefonpolicy.callback.voicemail.refused")
                .description("Voicemails that open no task because no one can call back")
                .tag("reason", "withheld_number")
                .register(metrics);
        this.withheldMissedCalls = Counter.builder("telefonpolicy.callback.missed_call.refused")
                .description("Missed calls to units that want callback tasks that open none: from a withheld number,"
                        + " or from an employee's own number (internal)")
                .tag("reason", "withheld_number")
                .register(metrics);
        this.internalMissedCalls = Counter.builder("telefonpolicy.callback.missed_call.refused")
                .description("Missed calls to units that want callback tasks that open none: from a withheld number,"
                        + " or from an employee's own number (internal)")
                .tag("reason", "internal")
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
            created(task);
        }
    }

    /**
     * A missed call to a unit whose directory settings say so (a service desk) opens a CALLBACK_2WD
     * task for the unit, or joins the unit's open task for the same number, as voicemails do. A missed
     * call to a person opens nothing: their voicemail does. A withheld number cannot be called back, and an
     * employee's own number (the directory's) is internal: counted, no task (normal events, not broken ones:
     * no dead letter).
     */
    @Transactional(TxType.MANDATORY)
    public void callMissed(CallMissed missed) {
        // an inbound call from a caller with a task that nobody answered resolves nothing
        tasks.takeOfferedCall(missed.callId());
        if (missed.unitId() == null || !directory.missedCallsCreateTasks(missed.unitId())) {
            return;
        }
        if (missed.callerNumber() == null) {
            withheldMissedCalls.increment();
            LOG.debugf("Missed call %s to %s from a withheld number: no task", missed.callId(), missed.unitId());
            return;
        }
        if (directory.isEmployeeNumber(missed.callerNumber())) {
            // a colleague (BRIEF, "Event time": definitions): they know other ways to reach the desk
            internalMissedCalls.increment();
            LOG.debugf("Missed call %s to %s from an employee's number: internal, no task", missed.callId(),
                    missed.unitId());
            return;
        }
        if (tasks.isKnownMessage(missed.callId())) {
            return;
        }
        Optional<CallbackTask> open = tasks.findOpenFor(missed.callerNumber(), null, missed.unitId());
        if (open.isPresent()) {
            CallbackTask joined = open.get().withMessage(missed.missedAt());
            tasks.save(joined);
            tasks.addMessage(missed.callId(), joined.id(), missed.missedAt());
            LOG.infof("Missed call %s from %s joined task %s (%d messages)", missed.callId(),
                    CallerNumbers.mask(missed.callerNumber()), joined.id(), joined.messageCount());
            return;
        }
        CallbackTask task = deadlines.openFor(missed);
        if (tasks.insertIfNew(task)) {
            LOG.infof("Missed call %s from %s to %s opened task %s due %s", missed.callId(),
                    CallerNumbers.mask(missed.callerNumber()), missed.unitId(), task.id(), task.dueAt());
            created(task);
        }
    }

    /** A promise registered by an officer, a manager or an admin (PROMISE_KEPT): stored and announced. */
    @Transactional(TxType.MANDATORY)
    public CallbackTask promised(CallbackTask promise) {
        tasks.insertIfNew(promise);
        LOG.infof("Promise to call %s back by %s registered as task %s", CallerNumbers.mask(promise.callerNumber()),
                promise.dueAt(), promise.id());
        created(promise);
        return tasks.findTask(promise.id()).orElseThrow();
    }

    /**
     * CallbackCreated, the call backs read before the task, and the task's event-time decisions: the absence check
     * and the warning at its due-soon point, the deadline at its due time (jobs.EventTimeDecisions takes them).
     */
    private void created(CallbackTask task) {
        RuleId rule = task.origin() == CallbackOrigin.PROMISE ? RuleId.PROMISE_KEPT : RuleId.CALLBACK_2WD;
        // opened when the message was left (or the promise made), not when this service read it: a replayed
        // period gives the same figures at any speed
        outbox.publish(new CallbackCreated(task.id().toString(), task.origin(), rule, task.unitId(), task.employeeId(),
                task.callId(), task.relatedTaskId(), task.receivedAt(), task.dueAt()));
        Optional<Instant> dueSoonAt = dueSoon.pointOf(task.receivedAt(), task.dueAt());
        if (task.employeeId() != null) {
            pending.schedule(task.id(), PendingStep.ABSENCE_CHECK, dueSoonAt.orElse(task.receivedAt()));
        }
        dueSoonAt.ifPresent(at -> pending.schedule(task.id(), PendingStep.DUE_SOON, at));
        pending.schedule(task.id(), PendingStep.DEADLINE, task.dueAt());
        applyEarlierOutbound(task);
    }

    /**
     * An employee's presence changed: added to their history. Nothing moves now: whether a task moves is decided
     * at its due-soon point, on the status in force then (jobs.AbsenceReassignments), so the order in which changes
     * are read never matters.
     */
    @Transactional(TxType.MANDATORY)
    public void statusChanged(StatusChanged change) {
        DivertTarget divert = change.divertTarget();
        Absence absence = new Absence(change.employeeId(), change.unitId(), change.status(), change.returnAt(),
                divert == null ? null : divert.kind(), divert == null ? null : divert.targetId(), change.changedAt());
        if (!absences.record(absence)) {
            LOG.debugf("Status of %s changed at %s: another change at the same instant stands", change.employeeId(),
                    change.changedAt());
        }
    }

    /**
     * The assignee (or, for a unit's task, anyone of the unit; with unit-colleagues-call-back, anyone of the
     * assignee's unit) called the caller's number back: an attempt (CallbackMade); answered, the task is
     * done (CallbackCompleted, REACHED). A PBX that reports the call at dial time and again when it
     * ends gives one attempt, and the completion when the answer is known.
     */
    @Transactional(TxType.MANDATORY)
    public void outboundCallPlaced(OutboundCallPlaced call) {
        outboundCalls.remember(call);
        String callersUnit = directory.unitOf(call.employeeId()).orElse(null);
        for (CallbackTask task : tasks.findOpenForOutbound(call.calledNumber(), call.employeeId(), callersUnit)) {
            applyOutbound(task, call, callersUnit);
        }
    }

    /**
     * A new task's caller may have been called back already as this service reads it: the call back was read
     * first (events keyed by another party sit on another partition; a replay reads partitions in chunks).
     * The kept outbound calls since the message count as if they had come after it.
     */
    private void applyEarlierOutbound(CallbackTask task) {
        if (task.callerNumber() == null) {
            return;
        }
        CallbackTask current = task;
        for (OutboundCallPlaced call : outboundCalls.toNumberSince(task.callerNumber(), task.receivedAt())) {
            current = applyOutbound(current, call, directory.unitOf(call.employeeId()).orElse(null));
        }
    }

    /** The call is an attempt on the task if made by its people; answered, the task is done. Returns the task after. */
    private CallbackTask applyOutbound(CallbackTask task, OutboundCallPlaced call, String callersUnit) {
        String assigneesUnit = colleaguesCount && task.employeeId() != null
                && !task.employeeId().equals(call.employeeId()) ? directory.unitOf(task.employeeId()).orElse(null) : null;
        String previous = task.employeeId() != null && !task.employeeId().equals(call.employeeId())
                ? tasks.reassignedFrom(task.id()) : null;
        if (!task.isAnsweredBy(call, callersUnit, assigneesUnit, colleaguesCount, previous)) {
            return task;
        }
        CallbackTask current = task;
        if (tasks.addAttemptIfNew(task.id(), call.employeeId(), CallbackMethod.OUTBOUND_CALL, call.callId(),
                call.placedAt(), call.answered())) {
            current = current.withAttempt(call.placedAt());
            tasks.save(current);
            handled(current);
            outbox.publish(new CallbackMade(task.id().toString(), call.employeeId(), CallbackMethod.OUTBOUND_CALL,
                    call.callId(), call.placedAt()));
            LOG.infof("Outbound call %s to %s is an attempt on task %s (on time: %s)", call.callId(),
                    CallerNumbers.mask(call.calledNumber()), task.id(), current.onTime());
        }
        if (Boolean.TRUE.equals(call.answered())) {
            complete(current, CallbackOutcome.REACHED, call.placedAt(), call.employeeId());
            return tasks.findTask(task.id()).orElse(current);
        }
        return current;
    }

    /**
     * An inbound call from a caller who has open tasks: remembered per task (not the number), so that
     * its CallAnswered, which carries no caller number, can resolve them.
     */
    @Transactional(TxType.MANDATORY)
    public void callOffered(CallOffered offered) {
        if (offered.callerNumber() == null) {
            return;
        }
        for (CallbackTask task : tasks.findOpenForNumber(offered.callerNumber())) {
            tasks.addOfferedCall(offered.callId(), task.id(), offered.offeredAt());
        }
    }

    /**
     * The caller called in and reached the task's assignee or unit before being called back: the task is
     * resolved (CallbackCompleted, REACHED, no employee: closed by rule). No CallbackMade: nobody called
     * back, so whether the rule was met stays with the attempts (none, if none was made).
     */
    @Transactional(TxType.MANDATORY)
    public void callAnswered(CallAnswered answered) {
        for (UUID taskId : tasks.takeOfferedCall(answered.callId())) {
            Optional<CallbackTask> task = tasks.findTask(taskId);
            if (task.isPresent() && task.get().isResolvedByInbound(answered.employeeId(), answered.unitId(),
                    answered.answeredByEmployeeId(), answered.answeredAt())) {
                LOG.infof("Inbound call %s answered by %s reached the caller of task %s", answered.callId(),
                        answered.answeredByEmployeeId(), taskId);
                complete(task.get(), CallbackOutcome.REACHED, answered.answeredAt(), null);
            }
        }
    }

    /**
     * An attempt registered by hand (a phone outside the PBX); the task stays open. Registered after the deadline
     * was decided OVERDUE with a time by the due time, it is kept and published, and the decision stands
     * (DeadlineRule.AfterOverdue.DECISION_STANDS).
     */
    @Transactional(TxType.MANDATORY)
    public CallbackTask manualAttempt(CallbackTask task, String employeeId, Instant madeAt) {
        tasks.addAttemptIfNew(task.id(), employeeId, CallbackMethod.MANUAL_REGISTRATION, null, madeAt, null);
        CallbackTask attempted = task.withAttempt(madeAt);
        tasks.save(attempted);
        handled(attempted);
        outbox.publish(new CallbackMade(task.id().toString(), employeeId, CallbackMethod.MANUAL_REGISTRATION, null,
                madeAt));
        return attempted;
    }

    @Transactional(TxType.MANDATORY)
    public CallbackTask complete(CallbackTask task, CallbackOutcome outcome, Instant at, String employeeId) {
        CallbackTask done = task.completed(outcome, at, employeeId);
        tasks.save(done);
        handled(done);
        outbox.publish(new CallbackCompleted(task.id().toString(), employeeId, outcome, at));
        LOG.infof("Task %s completed: %s", task.id(), outcome);
        return done;
    }

    /** The task's first handling (attempt or completion) is what a LATE after an OVERDUE carries. */
    private void handled(CallbackTask task) {
        Instant at = task.handledAt();
        if (at != null) {
            pending.handled(task.id(), at);
        }
    }
}
