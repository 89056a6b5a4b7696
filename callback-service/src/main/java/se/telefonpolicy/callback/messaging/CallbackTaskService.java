package se.telefonpolicy.callback.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
import se.telefonpolicy.callback.domain.Reassignment;
import se.telefonpolicy.callback.domain.UnitTree;
import se.telefonpolicy.callback.persistence.AbsenceRepository;
import se.telefonpolicy.callback.persistence.CallbackTaskRepository;
import se.telefonpolicy.callback.persistence.DirectoryRepository;
import se.telefonpolicy.callback.persistence.OutboundCallRepository;
import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.availability.DivertTarget;
import se.telefonpolicy.contracts.availability.StatusChanged;
import se.telefonpolicy.contracts.callback.CallbackCompleted;
import se.telefonpolicy.contracts.callback.CallbackCreated;
import se.telefonpolicy.contracts.callback.CallbackMade;
import se.telefonpolicy.contracts.callback.CallbackMethod;
import se.telefonpolicy.contracts.callback.CallbackOrigin;
import se.telefonpolicy.contracts.callback.CallbackOutcome;
import se.telefonpolicy.contracts.callback.CallbackReassigned;
import se.telefonpolicy.contracts.callback.ReassignmentReason;
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
    private final CallbackTaskRepository tasks;
    private final Outbox outbox;
    private final Clock clock;
    private final Counter withheldRefused;
    private final AbsenceRepository absences;
    private final DirectoryRepository directory;
    private final Counter reassignmentsLeft;
    private final Counter withheldMissedCalls;
    private final boolean colleaguesCount;
    private final OutboundCallRepository outboundCalls;

    public CallbackTaskService(CallbackDeadlines deadlines, CallbackTaskRepository tasks, AbsenceRepository absences,
            DirectoryRepository directory, OutboundCallRepository outboundCalls, Outbox outbox, Clock clock,
            MeterRegistry metrics,
            @ConfigProperty(name = "telefonpolicy.callback.unit-colleagues-call-back") boolean colleaguesCount) {
        this.colleaguesCount = colleaguesCount;
        this.outboundCalls = outboundCalls;
        this.deadlines = deadlines;
        this.tasks = tasks;
        this.absences = absences;
        this.directory = directory;
        this.outbox = outbox;
        this.clock = clock;
        this.withheldRefused = Counter.builder("telefonpolicy.callback.voicemail.refused")
                .description("Voicemails that open no task because no one can call back")
                .tag("reason", "withheld_number")
                .register(metrics);
        this.reassignmentsLeft = Counter.builder("telefonpolicy.callback.reassignment.left")
                .description("Tasks of an assignee away past the due time that stay: no colleague to divert to and"
                        + " no manager in the directory up the unit tree")
                .tag("reason", "no_one_to_take_it")
                .register(metrics);
        this.withheldMissedCalls = Counter.builder("telefonpolicy.callback.missed_call.refused")
                .description("Missed calls to units that want callback tasks, from a withheld number: no task")
                .tag("reason", "withheld_number")
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
     * call to a person opens nothing: their voicemail does. A withheld number cannot be called back:
     * counted, no task (a normal event, not a broken one: no dead letter).
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

    /** CallbackCreated; and if the assignee is away past the due time already, the move right after it. */
    private void created(CallbackTask task) {
        RuleId rule = task.origin() == CallbackOrigin.PROMISE ? RuleId.PROMISE_KEPT : RuleId.CALLBACK_2WD;
        // opened when the message was left (or the promise made), not when this service read it: a replayed
        // period gives the same figures at any speed
        outbox.publish(new CallbackCreated(task.id().toString(), task.origin(), rule, task.unitId(), task.employeeId(),
                task.callId(), task.relatedTaskId(), task.receivedAt(), task.dueAt()));
        applyEarlierOutbound(task);
        CallbackTask now = tasks.findTask(task.id()).orElse(task);
        if (now.isOpen() && now.employeeId() != null) {
            absences.findFor(now.employeeId()).ifPresent(absence -> reassignIfAway(now, absence,
                    directory.unitTree(), directory.unitOf(now.employeeId()).orElse(null)));
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
        List<CallbackTask> open = tasks.findOpenNotReassignedForEmployee(change.employeeId());
        if (open.isEmpty()) {
            return;
        }
        UnitTree units = directory.unitTree();
        String homeUnit = directory.unitOf(change.employeeId()).orElse(null);
        for (CallbackTask task : open) {
            reassignIfAway(task, absence, units, homeUnit);
        }
    }

    private void reassignIfAway(CallbackTask task, Absence absence, UnitTree units, String homeUnit) {
        Optional<Reassignment.Target> decided = Reassignment.decide(task, absence, units, homeUnit,
                manager -> absences.findFor(manager).map(a -> a.isAwayPast(task.dueAt())).orElse(false));
        if (decided.isEmpty()) {
            if (Reassignment.applies(task, absence)) {
                // nobody to give it to: better the absent person's list than a move nobody is told about
                reassignmentsLeft.increment();
                LOG.warnf("Task %s: %s is away past the due time %s; no colleague to divert to and no manager up"
                        + " the unit tree, the task stays", task.id(), task.employeeId(), task.dueAt());
            }
            return;
        }
        Reassignment.Target to = decided.get();
        Instant now = clock.instant();
        // a personal task stays out of the unit's own mailbox view: only the person changes
        CallbackTask moved = task.reassignedTo(to.employeeId(), task.unitId());
        tasks.saveReassigned(moved, task.employeeId(), now);
        outbox.publish(new CallbackReassigned(task.id().toString(), task.employeeId(), to.employeeId(), to.unitId(),
                ReassignmentReason.ASSIGNEE_AWAY, null, now, task.dueAt()));
        LOG.infof("Task %s moved from %s to %s (%s): away (%s) until %s, due %s", task.id(), task.employeeId(),
                to.employeeId(), to.kind(), absence.status(), absence.returnAt(), task.dueAt());
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
        if (!task.isAnsweredBy(call, callersUnit, assigneesUnit, colleaguesCount)) {
            return task;
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
