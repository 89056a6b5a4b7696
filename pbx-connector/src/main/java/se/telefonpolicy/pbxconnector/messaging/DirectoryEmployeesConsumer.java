package se.telefonpolicy.pbxconnector.messaging;

import java.time.temporal.ChronoUnit;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.directory.EmployeeDeleted;
import se.telefonpolicy.contracts.directory.EmployeeSnapshot;
import se.telefonpolicy.pbxconnector.persistence.DirectoryRepository;
import se.telefonpolicy.platform.messaging.IncomingEvents;

/**
 * Extension → employee from the compacted directory.employees.v1: each snapshot replaces the person's
 * row, a tombstone removes it. Read from the start, so a new instance learns every extension.
 */
@ApplicationScoped
public class DirectoryEmployeesConsumer {

    private static final Set<EventType> EMPLOYEE_EVENTS = Set.of(EventType.EMPLOYEE_SNAPSHOT, EventType.EMPLOYEE_DELETED);

    private final IncomingEvents incoming;
    private final DirectoryRepository directory;

    public DirectoryEmployeesConsumer(IncomingEvents incoming, DirectoryRepository directory) {
        this.incoming = incoming;
        this.directory = directory;
    }

    /** A database or broker outage is waited out batch by batch; nothing is skipped. */
    @Incoming("directory-employees")
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 365, durationUnit = ChronoUnit.DAYS)
    public void consume(ConsumerRecords<String, String> batch) {
        incoming.apply(batch, EMPLOYEE_EVENTS, this::apply);
    }

    private void apply(DomainEvent event) {
        if (event instanceof EmployeeSnapshot s) {
            directory.save(s.employeeId(), s.unitId(), s.extension(), s.active(), s.updatedAt());
        } else if (event instanceof EmployeeDeleted d) {
            directory.remove(d.employeeId());
        }
    }
}
