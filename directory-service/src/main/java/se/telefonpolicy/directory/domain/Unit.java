package se.telefonpolicy.directory.domain;

import java.time.Instant;
import java.util.Objects;

import se.telefonpolicy.contracts.directory.ServiceDesk;

/**
 * A department or unit in the organisation tree.
 *
 * @param serviceDesk present exactly when the unit is a service function (servicefunktion)
 */
public record Unit(String id, String name, String parentId, String managerEmployeeId, String phoneNumber,
        String email, ServiceDesk serviceDesk, boolean missedCallsCreateTasks, Instant updatedAt) {

    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new unit with only its place in the tree; the rest is set later. */
    public static Unit created(String id, String name, String parentId, Instant at) {
        return new Unit(id, name, parentId, null, null, null, null, false, at);
    }

    public boolean serviceFunction() {
        return serviceDesk != null;
    }
}
