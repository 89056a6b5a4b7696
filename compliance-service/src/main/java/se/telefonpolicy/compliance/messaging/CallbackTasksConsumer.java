package se.telefonpolicy.compliance.messaging;

import java.time.temporal.ChronoUnit;
import java.util.EnumSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import se.telefonpolicy.compliance.domain.CallbackDeadline;
import se.telefonpolicy.compliance.persistence.CallbackDeadlineRepository;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.callback.CallbackCompleted;
import se.telefonpolicy.contracts.callback.CallbackCreated;
import se.telefonpolicy.platform.messaging.IncomingEvents;

/** Keeps compliance's copy of every callback deadline, from callbacks.tasks.v1. */
@ApplicationScoped
public class CallbackTasksConsumer {

    private static final EnumSet<EventType> TASK_EVENTS = EnumSet.of(EventType.CALLBACK_CREATED,
            EventType.CALLBACK_REASSIGNED, EventType.CALLBACK_MADE, EventType.CALLBACK_COMPLETED,
            EventType.CALLBACK_DUE_SOON);

    private final IncomingEvents incoming;
    private final CallbackDeadlineRepository deadlines;

    public CallbackTasksConsumer(IncomingEvents incoming, CallbackDeadlineRepository deadlines) {
        this.incoming = incoming;
        this.deadlines = deadlines;
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
            deadlines.saveIfNew(new CallbackDeadline(created.taskId(), created.ruleId(), created.unitId(),
                    created.assigneeEmployeeId(), created.dueAt(), null));
        } else if (event instanceof CallbackCompleted completed) {
            deadlines.markCompleted(completed.taskId(), completed.completedAt());
        }
    }
}
