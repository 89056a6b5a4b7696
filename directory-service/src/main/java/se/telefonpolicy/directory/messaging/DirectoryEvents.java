package se.telefonpolicy.directory.messaging;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.directory.EmployeeDeleted;
import se.telefonpolicy.contracts.directory.EmployeeSnapshot;
import se.telefonpolicy.contracts.directory.UnitDeleted;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.directory.domain.Employee;
import se.telefonpolicy.directory.domain.Unit;
import se.telefonpolicy.platform.outbox.Outbox;
import se.telefonpolicy.platform.problem.InvalidFieldException;

/**
 * The directory's events, written to the outbox in the caller's transaction; the one place a unit
 * or an employee becomes a snapshot. Full snapshots on compacted topics: the latest record per key
 * is the entity, a tombstone (null value) removes it.
 */
@ApplicationScoped
public class DirectoryEvents {

    private final Outbox outbox;

    public DirectoryEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void unitChanged(Unit unit) {
        outbox.publish(checked(() -> snapshot(unit)));
    }

    public void unitDeleted(String unitId, Instant at) {
        outbox.publish(new UnitDeleted(unitId, at));
    }

    public void employeeChanged(Employee employee) {
        outbox.publish(checked(() -> snapshot(employee)));
    }

    /** Many changes in one JDBC batch, in order (an HR import's batch). */
    public void employeesChanged(List<Employee> employees) {
        outbox.publishAll(employees.stream().map(e -> checked(() -> snapshot(e))).toList());
    }

    /** The contract is the last check of what a client sent: what it refuses is the client's 400, not our 500. */
    private static DomainEvent checked(Supplier<DomainEvent> snapshot) {
        try {
            return snapshot.get();
        } catch (InvalidEventException e) {
            throw new InvalidFieldException(e.field(), e.getMessage());
        }
    }

    public void employeeDeleted(String employeeId, Instant at) {
        outbox.publish(new EmployeeDeleted(employeeId, at));
    }

    public static UnitSnapshot snapshot(Unit unit) {
        return new UnitSnapshot(unit.id(), unit.name(), unit.parentId(), unit.managerEmployeeId(), unit.phoneNumber(),
                unit.email(), unit.serviceFunction(), unit.serviceDesk(), unit.missedCallsCreateTasks(), unit.updatedAt());
    }

    public static EmployeeSnapshot snapshot(Employee e) {
        return new EmployeeSnapshot(e.id(), e.hrId(), e.firstName(), e.lastName(), e.title(), e.unitId(), e.extension(),
                e.phoneNumbers(), e.email(), e.role(), e.voicemailEnabled(), e.greeting(), e.responsibilities(),
                e.verifiedAt(), e.active(), e.updatedAt());
    }
}
