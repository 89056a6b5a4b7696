package se.telefonpolicy.directory.api;

import java.time.Instant;

import se.telefonpolicy.contracts.directory.ServiceDesk;
import se.telefonpolicy.directory.domain.Unit;

public record UnitView(String id, String name, String parentId, String managerEmployeeId, String phoneNumber,
        String email, boolean serviceFunction, ServiceDesk serviceDesk, boolean missedCallsCreateTasks,
        Instant updatedAt) {

    static UnitView of(Unit unit) {
        return new UnitView(unit.id(), unit.name(), unit.parentId(), unit.managerEmployeeId(), unit.phoneNumber(),
                unit.email(), unit.serviceFunction(), unit.serviceDesk(), unit.missedCallsCreateTasks(),
                unit.updatedAt());
    }
}
