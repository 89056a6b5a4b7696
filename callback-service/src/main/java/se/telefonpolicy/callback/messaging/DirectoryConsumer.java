package se.telefonpolicy.callback.messaging;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.EnumSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import se.telefonpolicy.callback.domain.CallerNumbers;
import se.telefonpolicy.callback.persistence.DirectoryRepository;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.directory.EmployeeDeleted;
import se.telefonpolicy.contracts.directory.EmployeeSnapshot;
import se.telefonpolicy.contracts.directory.UnitDeleted;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.platform.messaging.IncomingEvents;

/**
 * The directory's compacted topics, read from the start so that a new instance learns the whole tree:
 * units (parent, manager, whether missed calls open tasks), each employee's unit and own numbers. A snapshot
 * replaces the stored state unless it is older; a tombstone (null value) deletes.
 */
@ApplicationScoped
public class DirectoryConsumer {

    private static final EnumSet<EventType> UNIT_EVENTS = EnumSet.of(EventType.UNIT_SNAPSHOT, EventType.UNIT_DELETED);
    private static final EnumSet<EventType> EMPLOYEE_EVENTS = EnumSet.of(EventType.EMPLOYEE_SNAPSHOT,
            EventType.EMPLOYEE_DELETED);

    private final IncomingEvents incoming;
    private final DirectoryRepository directory;

    public DirectoryConsumer(IncomingEvents incoming, DirectoryRepository directory) {
        this.incoming = incoming;
        this.directory = directory;
    }

    /** A database or broker outage is waited out batch by batch; nothing is skipped. */
    @Incoming("directory-units")
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 365, durationUnit = ChronoUnit.DAYS)
    public void consumeUnits(ConsumerRecords<String, String> batch) {
        incoming.apply(batch, UNIT_EVENTS, this::apply);
    }

    @Incoming("directory-employees")
    @Blocking
    @Retry(maxRetries = -1, delay = 1, delayUnit = ChronoUnit.SECONDS, maxDuration = 365, durationUnit = ChronoUnit.DAYS)
    public void consumeEmployees(ConsumerRecords<String, String> batch) {
        incoming.apply(batch, EMPLOYEE_EVENTS, this::apply);
    }

    private void apply(DomainEvent event) {
        if (event instanceof UnitSnapshot unit) {
            directory.saveUnit(unit.unitId(), unit.parentUnitId(), unit.managerEmployeeId(),
                    Boolean.TRUE.equals(unit.missedCallsCreateTasks()), unit.updatedAt());
        } else if (event instanceof UnitDeleted deleted) {
            directory.deleteUnit(deleted.unitId(), deleted.deletedAt());
        } else if (event instanceof EmployeeSnapshot employee) {
            // an employee who left (active=false) still belongs where the directory says: their open
            // tasks stay visible to that unit's manager
            // their numbers in E.164 as callers' numbers are (the contract's already are: normalised all the same)
            List<String> numbers = employee.phoneNumbers().stream()
                    .map(n -> CallerNumbers.normalize(n.number()).orElse(n.number())).toList();
            directory.saveEmployee(employee.employeeId(), employee.unitId(), numbers,
                    Boolean.TRUE.equals(employee.active()), employee.updatedAt());
        } else if (event instanceof EmployeeDeleted deleted) {
            directory.deleteEmployee(deleted.employeeId(), deleted.deletedAt());
        }
    }
}
