package se.telefonpolicy.platform.security;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;

import io.quarkus.security.ForbiddenException;

/**
 * The signed-in caller's units, by {@link ManagerScope}: an admin every unit, a manager their scope, anyone
 * else none. A service checks the scope before it looks the unit up, so a unit outside it is a 403 whether it
 * exists or not. Read from the service's own {@link ScopeDirectory}, once per request.
 */
@RequestScoped
public class UnitScope {

    private final CurrentUser user;
    private final Instance<ScopeDirectory> directory;
    private ManagerScope scope;

    public UnitScope(CurrentUser user, Instance<ScopeDirectory> directory) {
        this.user = user;
        this.directory = directory;
    }

    /** An admin: every unit, known or not. */
    public boolean coversAll() {
        return user.isAdmin();
    }

    /** A manager's scope; empty for anyone who is not a manager (an admin's is {@link #coversAll()}). */
    public ManagerScope managerScope() {
        if (scope == null) {
            scope = user.hasRole(Roles.MANAGER)
                    ? ManagerScope.of(directory.get().scopeUnits(), user.employeeId().orElse(null), user.unitId().orElse(null))
                    : ManagerScope.none();
        }
        return scope;
    }

    /** The units the caller follows up; empty for an admin, who follows up every unit: ask {@link #coversAll()} first. */
    public Optional<Set<String>> restriction() {
        return coversAll() ? Optional.empty() : Optional.of(managerScope().units());
    }

    public boolean mayManageUnit(String unitId) {
        return coversAll() || managerScope().covers(unitId);
    }

    /** Whether the directory puts the employee in a unit the caller follows up. */
    public boolean mayManageEmployee(String employeeId) {
        if (coversAll()) {
            return true;
        }
        return employeeId != null && !managerScope().isEmpty()
                && directory.get().unitOfEmployee(employeeId).map(managerScope()::covers).orElse(false);
    }

    /** A 403 unless the unit is in the caller's scope; call it before looking the unit up. */
    public void requireUnit(String unitId) {
        if (!mayManageUnit(unitId)) {
            throw new ForbiddenException("The unit is outside your units");
        }
    }
}
