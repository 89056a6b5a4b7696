package se.telefonpolicy.callback.messaging;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import se.telefonpolicy.callback.domain.CallbackDeadlines;
import se.telefonpolicy.callback.domain.CallbackTask;
import se.telefonpolicy.callback.persistence.CallbackTaskRepository;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.callback.CallbackCreated;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.platform.messaging.IncomingEvents;
import se.telefonpolicy.platform.outbox.Outbox;

/** The PBX's call events: a voicemail opens a callback task and publishes CallbackCreated, in one transaction. */
@ApplicationScoped
public class PbxCallsConsumer {

    /** Every event type of pbx.calls.v1 is part of the contract; those without a rule yet are read and left. */
    private static final EnumSet<EventType> CALL_EVENTS = EnumSet.of(EventType.CALL_OFFERED, EventType.CALL_ANSWERED,
            EventType.CALL_MISSED, EventType.CALL_TRANSFERRED, EventType.VOICEMAIL_LEFT, EventType.OUTBOUND_CALL_PLACED);

    private final IncomingEvents incoming;
    private final CallbackDeadlines deadlines;
    private final CallbackTaskRepository tasks;
    private final Outbox outbox;
    private final Clock clock;

    public PbxCallsConsumer(IncomingEvents incoming, CallbackDeadlines deadlines, CallbackTaskRepository tasks,
            Outbox outbox, Clock clock) {
        this.incoming = incoming;
        this.deadlines = deadlines;
        this.tasks = tasks;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A database or broker outage is waited out batch by batch; nothing is skipped. */
    @Incoming("pbx-calls")
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 365, durationUnit = ChronoUnit.DAYS)
    public void consume(ConsumerRecords<String, String> batch) {
        incoming.apply(batch, CALL_EVENTS, this::apply);
    }

    private void apply(DomainEvent event) {
        if (event instanceof VoicemailLeft voicemail) {
            CallbackTask task = deadlines.openFor(voicemail);
            if (tasks.insertIfNew(task)) {
                outbox.publish(new CallbackCreated(task.id().toString(), task.origin(), RuleId.CALLBACK_2WD,
                        task.unitId(), task.employeeId(), task.callId(), null, clock.instant(), task.dueAt()));
            }
        }
    }
}
