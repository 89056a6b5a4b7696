package se.telefonpolicy.directory.persistence;

import java.util.Collection;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import se.telefonpolicy.directory.domain.Employee;
import se.telefonpolicy.platform.security.DirectoryUnit;
import se.telefonpolicy.platform.security.ScopeDirectory;

/** The manager scope's view of the directory itself: its units (parent, manager) and each employee's unit. */
@ApplicationScoped
public class DirectoryScope implements ScopeDirectory {

    private final UnitRepository units;
    private final EmployeeRepository employees;

    public DirectoryScope(UnitRepository units, EmployeeRepository employees) {
        this.units = units;
        this.employees = employees;
    }

    @Override
    public Collection<DirectoryUnit> scopeUnits() {
        return units.allUnits().stream().map(u -> new DirectoryUnit(u.id(), u.parentId(), u.managerEmployeeId())).toList();
    }

    @Override
    public Optional<String> unitOfEmployee(String employeeId) {
        return employeeId == null ? Optional.empty() : employees.findEmployee(employeeId).map(Employee::unitId);
    }
}
