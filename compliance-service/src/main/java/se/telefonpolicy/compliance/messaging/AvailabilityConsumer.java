package se.telefonpolicy.compliance.messaging;

import java.time.temporal.ChronoUnit;
import java.util.EnumSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import se.telefonpolicy.compliance.domain.BreachCandidate;
import se.telefonpolicy.compliance.persistence.CoverageGapRepository;
import se.telefonpolicy.compliance.persistence.DirectoryRepository;
import se.telefonpolicy.compliance.persistence.DiversionRepository;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.availability.CoverageGapEnded;
import se.telefonpolicy.contracts.availability.CoverageGapStarted;
import se.telefonpolicy.contracts.availability.DiversionViolated;
import se.telefonpolicy.contracts.availability.ServiceDeskUnstaffed;
import se.telefonpolicy.contracts.availability.StatusChanged;
import se.telefonpolicy.platform.messaging.IncomingEvents;

/**
 * From availability-service: people's diversions and desks' coverage gaps (state, for coverage and the gauges),
 * and its decisions on DIVERSION_RETURN_TIME, DIVERSION_STALE (DiversionViolated) and SERVICE_DESK_STAFFED
 * (ServiceDeskUnstaffed), each recorded as its breach in the batch's transaction.
 */
@ApplicationScoped
public class AvailabilityConsumer {

    private static final EnumSet<EventType> STATUS_EVENTS = EnumSet.of(EventType.STATUS_CHANGED,
            EventType.DIVERSION_VIOLATED);
    private static final EnumSet<EventType> COVERAGE_EVENTS = EnumSet.of(EventType.COVERAGE_GAP_STARTED,
            EventType.COVERAGE_GAP_ENDED, EventType.SERVICE_DESK_UNSTAFFED);

    private final IncomingEvents incoming;
    private final DiversionRepository diversions;
    private final CoverageGapRepository gaps;
    private final DirectoryRepository directory;
    private final BreachRecorder breaches;

    public AvailabilityConsumer(IncomingEvents incoming, DiversionRepository diversions, CoverageGapRepository gaps,
            DirectoryRepository directory, BreachRecorder breaches) {
        this.incoming = incoming;
        this.diversions = diversions;
        this.gaps = gaps;
        this.directory = directory;
        this.breaches = breaches;
    }

    /** A database or broker outage is waited out batch by batch; nothing is skipped. */
    @Incoming("availability-status")
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 365, durationUnit = ChronoUnit.DAYS)
    public void consumeStatus(ConsumerRecords<String, String> batch) {
        incoming.apply(batch, STATUS_EVENTS, this::apply);
    }

    @Incoming("availability-coverage")
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 365, durationUnit = ChronoUnit.DAYS)
    public void consumeCoverage(ConsumerRecords<String, String> batch) {
        incoming.apply(batch, COVERAGE_EVENTS, this::apply);
    }

    private void apply(DomainEvent event) {
        if (event instanceof StatusChanged s) {
            // the unit the person belonged to then, as availability-service knew it; else the directory's
            String unitId = s.unitId() != null ? s.unitId() : directory.unitOfEmployee(s.employeeId()).orElse(null);
            diversions.applyStatus(s.employeeId(), unitId, s.status().name(), s.status().requiresReturnTime(), s.changedAt(),
                    s.returnAt());
        } else if (event instanceof CoverageGapStarted started) {
            gaps.started(started.gapId(), started.unitId(), started.startedAt());
        } else if (event instanceof CoverageGapEnded ended) {
            gaps.ended(ended.gapId(), ended.unitId(), ended.startedAt(), ended.endedAt());
        } else if (event instanceof DiversionViolated violated) {
            BreachCandidate breach = BreachCandidate.violated(violated);
            // the breach's unit is the report's too: the decision's, else the directory's when recorded
            String unitId = breaches.unitOf(breach);
            diversions.saveViolation(violated, BreachRecorder.UNKNOWN_UNIT.equals(unitId) ? null : unitId);
            breaches.record(breach);
        } else if (event instanceof ServiceDeskUnstaffed unstaffed) {
            breaches.record(BreachCandidate.unstaffed(unstaffed));
        }
    }
}
