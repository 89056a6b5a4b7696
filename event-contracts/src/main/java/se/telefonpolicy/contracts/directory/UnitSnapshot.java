package se.telefonpolicy.contracts.directory;

import java.time.Instant;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.Require;

/**
 * A unit's full state after a change. The latest snapshot per unit id is the unit.
 *
 * @param unitId                 the unit's id (the key)
 * @param name                   e.g. "Bygglov"
 * @param parentUnitId           the unit above it; absent for the top
 * @param managerEmployeeId      its manager; absent is a DIRECTORY_CORRECT violation, so it is allowed here
 * @param phoneNumber            the unit's own number, E.164; optional
 * @param email                  the unit's address; optional
 * @param serviceFunction        whether it is a service function that must always be staffed
 * @param serviceDesk            its opening hours and staffing: present exactly when serviceFunction
 * @param missedCallsCreateTasks whether a missed call to the unit opens a callback task
 * @param updatedAt              when this state took effect
 */
public record UnitSnapshot(
        String unitId,
        String name,
        String parentUnitId,
        String managerEmployeeId,
        String phoneNumber,
        String email,
        Boolean serviceFunction,
        ServiceDesk serviceDesk,
        Boolean missedCallsCreateTasks,
        Instant updatedAt) implements DomainEvent {

    public UnitSnapshot {
        Require.text(unitId, "unitId");
        Require.text(name, "name");
        Require.optionalText(parentUnitId, "parentUnitId");
        if (unitId.equals(parentUnitId)) {
            throw new InvalidEventException("parentUnitId", "must differ from unitId");
        }
        Require.optionalText(managerEmployeeId, "managerEmployeeId");
        Require.optionalE164(phoneNumber, "phoneNumber");
        Require.optionalEmail(email, "email");
        Require.value(serviceFunction, "serviceFunction");
        if (serviceFunction && serviceDesk == null) {
            throw new InvalidEventException("serviceDesk", "is required for a service function");
        }
        if (!serviceFunction && serviceDesk != null) {
            throw new InvalidEventException("serviceDesk", "must be left out unless serviceFunction is true");
        }
        Require.value(missedCallsCreateTasks, "missedCallsCreateTasks");
        Require.value(updatedAt, "updatedAt");
    }

    @Override
    public EventType type() {
        return EventType.UNIT_SNAPSHOT;
    }

    @Override
    public String key() {
        return unitId;
    }

    @Override
    public String subject() {
        return unitId;
    }

    @Override
    public Instant occurredAt() {
        return updatedAt;
    }
}
