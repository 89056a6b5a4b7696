package se.telefonpolicy.compliance.messaging;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import se.telefonpolicy.compliance.domain.CallLeg;
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
 * ANSWER_RATE (per leg and for first legs) and RIGHT_OFFICER from pbx.calls.v1. A leg is one offer of a call to one
 * party: CallOffered offers the first, a CallTransferred a new one to its new party, and a CallAnswered or
 * CallMissed ends the leg at the party it names. Caller numbers stop here: only the call id, the party, the unit
 * and times are read, nothing of a caller is stored, counted or logged. Voicemails and outbound calls are
 * callback-service's (they come back as task events) and are read and left.
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
            leg(offered.callId(), offered.employeeId(), offered.unitId(), unit, CallLeg.Fact.OFFERED, offered.offeredAt());
            calls.callOffered(offered.callId(), unit, offered.offeredAt()).ifPresent(metrics::callBounced);
        } else if (event instanceof CallAnswered answered) {
            leg(answered.callId(), answered.employeeId(), answered.unitId(), unitOf(answered.employeeId(), answered.unitId()),
                    CallLeg.Fact.ANSWERED, answered.answeredAt());
        } else if (event instanceof CallMissed missed) {
            leg(missed.callId(), missed.employeeId(), missed.unitId(), unitOf(missed.employeeId(), missed.unitId()),
                    CallLeg.Fact.MISSED, missed.missedAt());
        } else if (event instanceof CallTransferred transferred) {
            calls.transferred(transferred.callId(), unitOf(transferred.employeeId(), transferred.unitId()),
                    transferred.transferCount(), transferred.transferredAt()).ifPresent(metrics::callBounced);
            // a new leg at its new party; a number outside the directory is nobody's leg to count
            if (transferred.toNumber() == null) {
                leg(transferred.callId(), transferred.toEmployeeId(), transferred.toUnitId(),
                        unitOf(transferred.toEmployeeId(), transferred.toUnitId()), CallLeg.Fact.TRANSFERRED_IN,
                        transferred.transferredAt());
            }
        }
    }

    /** Records the fact of the leg at that party; when it is news, moves the counters it completes. */
    private void leg(String callId, String employeeId, String unitId, String unit, CallLeg.Fact fact, Instant at) {
        calls.legFact(callId, CallLeg.party(employeeId, unitId), unit, fact, at)
                .filter(leg -> leg.unitId() != null)
                .ifPresent(leg -> metrics.legCounted(leg.unitId(), leg.counted(fact)));
    }

    /** The unit whose number was called, or the unit of the person whose number was called. */
    private String unitOf(String employeeId, String unitId) {
        return unitId != null ? unitId : directory.unitOfEmployee(employeeId).orElse(null);
    }
}
