package se.telefonpolicy.compliance.messaging;

import java.time.temporal.ChronoUnit;
import java.util.EnumSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import se.telefonpolicy.compliance.metrics.ComplianceMetrics;
import se.telefonpolicy.compliance.persistence.CallRepository;
import se.telefonpolicy.compliance.persistence.DirectoryRepository;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.pbx.CallAnswered;
import se.telefonpolicy.contracts.pbx.CallMissed;
import se.telefonpolicy.contracts.pbx.CallOffered;
import se.telefonpolicy.contracts.pbx.CallTransferred;
import se.telefonpolicy.platform.messaging.IncomingEvents;

/**
 * ANSWER_RATE and RIGHT_OFFICER from pbx.calls.v1. Caller numbers stop here: only the call id, the
 * unit and times are read, nothing of a caller is stored, counted or logged. Voicemails and outbound
 * calls are callback-service's (they come back as task events) and are read and left.
 */
@ApplicationScoped
public class PbxCallsConsumer {

    private static final EnumSet<EventType> CALL_EVENTS = EnumSet.of(EventType.CALL_OFFERED, EventType.CALL_ANSWERED,
            EventType.CALL_MISSED, EventType.CALL_TRANSFERRED, EventType.VOICEMAIL_LEFT, EventType.OUTBOUND_CALL_PLACED);

    private final IncomingEvents incoming;
    private final CallRepository calls;
    private final DirectoryRepository directory;
    private final ComplianceMetrics metrics;

    public PbxCallsConsumer(IncomingEvents incoming, CallRepository calls, DirectoryRepository directory,
            ComplianceMetrics metrics) {
        this.incoming = incoming;
        this.calls = calls;
        this.directory = directory;
        this.metrics = metrics;
    }

    /** A database or broker outage is waited out batch by batch; nothing is skipped. */
    @Incoming("pbx-calls")
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 365, durationUnit = ChronoUnit.DAYS)
    public void consume(ConsumerRecords<String, String> batch) {
        incoming.apply(batch, CALL_EVENTS, this::apply);
    }

    private void apply(DomainEvent event) {
        if (event instanceof CallOffered offered) {
            String unit = unitOf(offered.employeeId(), offered.unitId());
            if (calls.offered(offered.callId(), unit, offered.offeredAt()) && unit != null) {
                metrics.callOffered(unit);
            }
        } else if (event instanceof CallAnswered answered) {
            String unit = unitOf(answered.employeeId(), answered.unitId());
            if (calls.answered(answered.callId(), unit, answered.answeredAt()) && unit != null) {
                metrics.callAnswered(unit);
            }
        } else if (event instanceof CallMissed missed) {
            String unit = unitOf(missed.employeeId(), missed.unitId());
            if (calls.missed(missed.callId(), unit, missed.missedAt()) && unit != null) {
                metrics.callMissed(unit);
            }
        } else if (event instanceof CallTransferred transferred) {
            calls.transferred(transferred.callId(), unitOf(transferred.employeeId(), transferred.unitId()),
                    transferred.transferCount(), transferred.transferredAt()).ifPresent(metrics::callBounced);
        }
    }

    /** The unit whose number was called, or the unit of the person whose number was called. */
    private String unitOf(String employeeId, String unitId) {
        return unitId != null ? unitId : directory.unitOfEmployee(employeeId).orElse(null);
    }
}
