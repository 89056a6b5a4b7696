package se.telefonpolicy.availability.messaging;

import java.time.temporal.ChronoUnit;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import se.telefonpolicy.availability.domain.ServiceDesk;
import se.telefonpolicy.availability.jobs.PresenceWatermark;
import se.telefonpolicy.availability.persistence.ServiceDeskRepository;
import se.telefonpolicy.availability.persistence.UnitTreeRepository;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.directory.UnitDeleted;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.platform.messaging.IncomingEvents;

/**
 * Service desks and the unit tree from the compacted directory.units.v1: a snapshot of a service function
 * replaces the unit's service_desk row (a unit that becomes one is judged from the presence watermark of then on), one of any other unit and a tombstone remove it; every snapshot places
 * the unit in the tree with its manager (a manager's view covers the units below theirs). Read from the start, so a new
 * instance learns every desk and unit.
 */
@ApplicationScoped
public class DirectoryUnitsConsumer {

    private static final Set<EventType> UNIT_EVENTS = Set.of(EventType.UNIT_SNAPSHOT, EventType.UNIT_DELETED);

    private final IncomingEvents incoming;
    private final ServiceDeskRepository desks;
    private final UnitTreeRepository tree;
    private final PresenceWatermark watermark;

    public DirectoryUnitsConsumer(IncomingEvents incoming, ServiceDeskRepository desks, UnitTreeRepository tree,
            PresenceWatermark watermark) {
        this.incoming = incoming;
        this.desks = desks;
        this.tree = tree;
        this.watermark = watermark;
    }

    /** A database or broker outage is waited out batch by batch; nothing is skipped. */
    @Incoming("directory-units")
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 365, durationUnit = ChronoUnit.DAYS)
    public void consume(ConsumerRecords<String, String> batch) {
        incoming.apply(batch, UNIT_EVENTS, this::apply);
    }

    private void apply(DomainEvent event) {
        if (event instanceof UnitSnapshot s) {
            tree.save(s.unitId(), s.parentUnitId(), s.managerEmployeeId(), s.updatedAt());
            if (Boolean.TRUE.equals(s.serviceFunction())) {
                desks.save(new ServiceDesk(s.unitId(), s.name(), s.serviceDesk().openingHours(),
                        s.serviceDesk().exceptions(), s.serviceDesk().minimumStaffing(), s.updatedAt()), watermark::current);
            } else {
                desks.remove(s.unitId(), s.updatedAt());
            }
        } else if (event instanceof UnitDeleted d) {
            tree.delete(d.unitId(), d.deletedAt());
            desks.remove(d.unitId(), d.deletedAt());
        }
    }
}
