package se.telefonpolicy.compliance.messaging;

import java.time.temporal.ChronoUnit;
import java.util.EnumSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;
import se.telefonpolicy.compliance.domain.EmployeeFacts;
import se.telefonpolicy.platform.tx.AfterCommit;
import se.telefonpolicy.compliance.metrics.ComplianceMetrics;
import se.telefonpolicy.compliance.persistence.DirectoryRepository;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.directory.EmployeeDeleted;
import se.telefonpolicy.contracts.directory.EmployeeSnapshot;
import se.telefonpolicy.contracts.directory.UnitDeleted;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.platform.messaging.IncomingEvents;

/**
 * Keeps compliance's copy of the directory from its compacted topics: the unit tree with managers and
 * service desks, and what the directory rules read of each employee. A tombstone deletes.
 */
@ApplicationScoped
public class DirectoryConsumer {

    private static final EnumSet<EventType> UNIT_EVENTS = EnumSet.of(EventType.UNIT_SNAPSHOT, EventType.UNIT_DELETED);
    private static final EnumSet<EventType> EMPLOYEE_EVENTS = EnumSet.of(EventType.EMPLOYEE_SNAPSHOT, EventType.EMPLOYEE_DELETED);
    private static final ObjectMapper JSON = EventJson.mapper();

    private final IncomingEvents incoming;
    private final DirectoryRepository directory;
    private final ComplianceMetrics metrics;
    private final AfterCommit afterCommit;

    public DirectoryConsumer(IncomingEvents incoming, DirectoryRepository directory, ComplianceMetrics metrics,
            AfterCommit afterCommit) {
        this.incoming = incoming;
        this.directory = directory;
        this.metrics = metrics;
        this.afterCommit = afterCommit;
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
            directory.saveUnit(new DirectoryRepository.UnitRow(unit.unitId(), unit.name(), unit.parentUnitId(),
                    unit.managerEmployeeId(), serviceDeskJson(unit), unit.updatedAt()));
            afterCommit.run(() -> metrics.unitKnown(unit.unitId(), unit.name(), unit.parentUnitId(), unit.serviceFunction()));
        } else if (event instanceof UnitDeleted deleted) {
            directory.deleteUnit(deleted.unitId());
            afterCommit.run(() -> metrics.unitGone(deleted.unitId()));
        } else if (event instanceof EmployeeSnapshot employee) {
            directory.saveEmployee(EmployeeFacts.of(employee));
        } else if (event instanceof EmployeeDeleted deleted) {
            directory.deleteEmployee(deleted.employeeId());
        }
    }

    private static String serviceDeskJson(UnitSnapshot unit) {
        if (unit.serviceDesk() == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(unit.serviceDesk());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A valid ServiceDesk could not be written as JSON", e);
        }
    }
}
