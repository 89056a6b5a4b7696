package se.telefonpolicy.contracts.directory;

import java.time.Instant;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Require;

/**
 * An employee was removed from the directory (not merely inactive: that is a snapshot with
 * {@code active=false}). On the wire a tombstone: key and ce_subject are the employee id, ce_time is
 * deletedAt, the value is null, so compaction drops the person.
 *
 * @param employeeId the removed employee
 * @param deletedAt  when
 */
public record EmployeeDeleted(String employeeId, Instant deletedAt) implements DomainEvent {

    public EmployeeDeleted {
        Require.text(employeeId, "employeeId");
        Require.value(deletedAt, "deletedAt");
    }

    @Override
    public EventType type() {
        return EventType.EMPLOYEE_DELETED;
    }

    @Override
    public String key() {
        return employeeId;
    }

    @Override
    public String subject() {
        return employeeId;
    }

    @Override
    public Instant occurredAt() {
        return deletedAt;
    }
}
