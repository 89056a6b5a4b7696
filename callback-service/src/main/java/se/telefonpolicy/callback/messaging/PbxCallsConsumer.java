package se.telefonpolicy.callback.messaging;

import java.time.temporal.ChronoUnit;
import java.util.EnumSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.pbx.CallAnswered;
import se.telefonpolicy.contracts.pbx.CallMissed;
import se.telefonpolicy.contracts.pbx.CallOffered;
import se.telefonpolicy.contracts.pbx.OutboundCallPlaced;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.platform.messaging.IncomingEvents;

/**
 * The PBX's call events: a voicemail, or a missed call to a unit that wants it, opens (or joins) a
 * callback task; an outbound call to the caller is an attempt on it; an inbound call from the caller,
 * offered and answered by the task's people, resolves it. Each batch in one transaction with the
 * events it publishes.
 */
@ApplicationScoped
public class PbxCallsConsumer {

    /** Every event type of pbx.calls.v1 is part of the contract; CallTransferred is read and left. */
    private static final EnumSet<EventType> CALL_EVENTS = EnumSet.of(EventType.CALL_OFFERED, EventType.CALL_ANSWERED,
            EventType.CALL_MISSED, EventType.CALL_TRANSFERRED, EventType.VOICEMAIL_LEFT, EventType.OUTBOUND_CALL_PLACED);

    private final IncomingEvents incoming;
    private final CallbackTaskService callbacks;

    public PbxCallsConsumer(IncomingEvents incoming, CallbackTaskService callbacks) {
        this.incoming = incoming;
        this.callbacks = callbacks;
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
            callbacks.voicemailLeft(voicemail);
        } else if (event instanceof OutboundCallPlaced call) {
            callbacks.outboundCallPlaced(call);
        } else if (event instanceof CallMissed missed) {
            callbacks.callMissed(missed);
        } else if (event instanceof CallOffered offered) {
            callbacks.callOffered(offered);
        } else if (event instanceof CallAnswered answered) {
            callbacks.callAnswered(answered);
        }
    }
}
