package se.telefonpolicy.platform.security;

import java.util.Collection;
import java.util.Optional;

/**
 * What {@link UnitScope} reads of the directory: each service implements it from its own copy of
 * directory.units.v1 and directory.employees.v1 (its own tables; never another service's).
 */
public interface ScopeDirectory {

    /** Every live unit the service knows: a municipality has hundreds, read whole once per request. */
    Collection<DirectoryUnit> scopeUnits();

    /** The unit the directory puts the employee in, if the service knows them. */
    Optional<String> unitOfEmployee(String employeeId);
}
