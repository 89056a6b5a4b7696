package se.telefonpolicy.compliance.messaging;

import java.time.temporal.ChronoUnit;
import java.util.EnumSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.compliance.domain.BreachCandidate;
import se.telefonpolicy.compliance.domain.CallbackDeadline;
import se.telefonpolicy.compliance.metrics.ComplianceMetrics;
import se.telefonpolicy.compliance.persistence.CallbackDeadlineRepository;
import se.telefonpolicy.compliance.persistence.DirectoryRepository;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.callback.CallbackCompleted;
import se.telefonpolicy.contracts.callback.CallbackCreated;
import se.telefonpolicy.contracts.callback.CallbackDeadlineDecided;
import se.telefonpolicy.contracts.callback.CallbackMade;
import se.telefonpolicy.contracts.callback.CallbackReassigned;
import se.telefonpolicy.contracts.callback.DeadlineVerdict;
import se.telefonpolicy.platform.messaging.IncomingEvents;

/**
 * Keeps compliance's copy of every callback deadline (CALLBACK_2WD, PROMISE_KEPT), its first attempt and
 * callback-service's decision on it, from callbacks.tasks.v1. callback-service decides the deadline on event time;
 * an OVERDUE decision is the breach, recorded here in the batch's transaction. CallbackDueSoon is
 * callback-service's own warning: read and left.
 */
@ApplicationScoped
public class CallbackTasksConsumer {

    private static final EnumSet<EventType> TASK_EVENTS = EnumSet.of(EventType.CALLBACK_CREATED,
            EventType.CALLBACK_REASSIGNED, EventType.CALLBACK_MADE, EventType.CALLBACK_COMPLETED,
            EventType.CALLBACK_DUE_SOON, EventType.CALLBACK_DEADLINE_DECIDED);

    private final IncomingEvents incoming;
    private final CallbackDeadlineRepository deadlines;
    private final DirectoryRepository directory;
    private final BreachRecorder breaches;
    private final WorkingCalendar calendar;
    private final ComplianceMetrics metrics;

    public CallbackTasksConsumer(IncomingEvents incoming, CallbackDeadlineRepository deadlines, DirectoryRepository directory,
            BreachRecorder breaches, WorkingCalendar calendar, ComplianceMetrics metrics) {
        this.incoming = incoming;
        this.deadlines = deadlines;
        this.directory = directory;
        this.breaches = breaches;
        this.calendar = calendar;
        this.metrics = metrics;
    }

    /** A database or broker outage is waited out batch by batch; nothing is skipped. */
    @Incoming("callback-tasks")
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 365, durationUnit = ChronoUnit.DAYS)
    public void consume(ConsumerRecords<String, String> batch) {
        incoming.apply(batch, TASK_EVENTS, this::apply);
    }

    private void apply(DomainEvent event) {
        if (event instanceof CallbackCreated created) {
            // a personal mailbox's task names only its owner: the directory knows their unit
            String unitId = created.unitId() != null ? created.unitId()
                    : directory.unitOfEmployee(created.assigneeEmployeeId()).orElse(null);
            deadlines.saveCreated(new CallbackDeadline(created.taskId(), created.ruleId(), unitId,
                    created.assigneeEmployeeId(), created.createdAt(), created.dueAt(), null, null, null),
                    created.origin().name());
        } else if (event instanceof CallbackReassigned reassigned) {
            deadlines.reassign(reassigned.taskId(), reassigned.toEmployeeId(), reassigned.unitId());
        } else if (event instanceof CallbackMade made) {
            deadlines.find(made.taskId()).ifPresent(task -> {
                if (deadlines.recordAttempt(task.taskId(), made.madeAt()) && task.unitId() != null) {
                    CallbackDeadline attempted = new CallbackDeadline(task.taskId(), task.ruleId(), task.unitId(),
                            task.employeeId(), task.createdAt(), task.dueAt(), made.madeAt(), task.completedAt(),
                            task.verdict());
                    attempted.workingHoursToCallback(calendar)
                            .ifPresent(hours -> metrics.callbackTime(task.ruleId(), task.unitId(), hours));
                }
            });
        } else if (event instanceof CallbackCompleted completed) {
            deadlines.markCompleted(completed.taskId(), completed.completedAt());
        } else if (event instanceof CallbackDeadlineDecided decided) {
            decided(decided);
        }
    }

    /** MET and LATE are recorded for the report; OVERDUE also becomes the breach, whether or not it was news here. */
    private void decided(CallbackDeadlineDecided decided) {
        String unitId = decided.unitId() != null ? decided.unitId()
                : directory.unitOfEmployee(decided.assigneeEmployeeId()).orElse(null);
        deadlines.recordDecision(decided, unitId);
        if (decided.verdict() == DeadlineVerdict.OVERDUE) {
            // the breach table, not the task row, says whether it was recorded: a decision is one breach however often read
            breaches.record(BreachCandidate.overdue(decided));
        }
    }
}
