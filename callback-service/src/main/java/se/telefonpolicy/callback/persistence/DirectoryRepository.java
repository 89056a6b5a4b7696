package se.telefonpolicy.callback.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import se.telefonpolicy.callback.domain.UnitTree;

/**
 * The directory as callback-service keeps it: units (tree, manager, missed-call setting) and each
 * employee's unit. A snapshot replaces what is stored unless it is older; a tombstone marks the row
 * deleted, so an older snapshot replayed after it cannot bring the entity back.
 */
@ApplicationScoped
public class DirectoryRepository {

    /** Stores the unit unless a newer state is stored; false if this one was older. */
    public boolean saveUnit(String unitId, String parentUnitId, String managerEmployeeId, boolean missedCallsCreateTasks,
            Instant updatedAt) {
        DirectoryUnitEntity e = DirectoryUnitEntity.findById(unitId);
        if (e != null && updatedAt.isBefore(e.updatedAt)) {
            return false;
        }
        boolean isNew = e == null;
        if (isNew) {
            e = new DirectoryUnitEntity();
            e.unitId = unitId;
        }
        e.parentUnitId = parentUnitId;
        e.managerEmployeeId = managerEmployeeId;
        e.missedCallsCreateTasks = missedCallsCreateTasks;
        e.updatedAt = updatedAt;
        e.deleted = false;
        if (isNew) {
            e.persist();
        }
        return true;
    }

    public void deleteUnit(String unitId, Instant deletedAt) {
        DirectoryUnitEntity e = DirectoryUnitEntity.findById(unitId);
        if (e == null) {
            e = new DirectoryUnitEntity();
            e.unitId = unitId;
            e.updatedAt = deletedAt;
            e.deleted = true;
            e.persist();
        } else if (!deletedAt.isBefore(e.updatedAt)) {
            e.updatedAt = deletedAt;
            e.deleted = true;
            e.parentUnitId = null;
            e.managerEmployeeId = null;
            e.missedCallsCreateTasks = false;
        }
    }

    public boolean saveEmployee(String employeeId, String unitId, Instant updatedAt) {
        DirectoryEmployeeEntity e = DirectoryEmployeeEntity.findById(employeeId);
        if (e != null && updatedAt.isBefore(e.updatedAt)) {
            return false;
        }
        boolean isNew = e == null;
        if (isNew) {
            e = new DirectoryEmployeeEntity();
            e.employeeId = employeeId;
        }
        e.unitId = unitId;
        e.updatedAt = updatedAt;
        e.deleted = false;
        if (isNew) {
            e.persist();
        }
        return true;
    }

    public void deleteEmployee(String employeeId, Instant deletedAt) {
        DirectoryEmployeeEntity e = DirectoryEmployeeEntity.findById(employeeId);
        if (e == null) {
            e = new DirectoryEmployeeEntity();
            e.employeeId = employeeId;
            e.updatedAt = deletedAt;
            e.deleted = true;
            e.persist();
        } else if (!deletedAt.isBefore(e.updatedAt)) {
            e.updatedAt = deletedAt;
            e.deleted = true;
            e.unitId = null;
        }
    }

    /** Every live unit: a municipality has hundreds, read whole per request or batch. */
    public UnitTree unitTree() {
        List<DirectoryUnitEntity> rows = DirectoryUnitEntity.list("deleted = false");
        return new UnitTree(rows.stream().map(u -> new UnitTree.Unit(u.unitId, u.parentUnitId, u.managerEmployeeId))
                .toList());
    }

    /** The directory's setting for the unit; a unit it does not know (or deleted) opens no tasks for missed calls. */
    public boolean missedCallsCreateTasks(String unitId) {
        DirectoryUnitEntity e = DirectoryUnitEntity.findById(unitId);
        return e != null && !e.deleted && e.missedCallsCreateTasks;
    }

    /** The unit the directory puts the employee in, if any. */
    public Optional<String> unitOf(String employeeId) {
        if (employeeId == null) {
            return Optional.empty();
        }
        DirectoryEmployeeEntity e = DirectoryEmployeeEntity.findById(employeeId);
        return e == null || e.deleted ? Optional.empty() : Optional.ofNullable(e.unitId);
    }

    public boolean isMemberOfAny(String employeeId, Collection<String> unitIds) {
        return unitOf(employeeId).map(unitIds::contains).orElse(false);
    }
}
