package se.telefonpolicy.callback.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import se.telefonpolicy.callback.domain.UnitTree;
import se.telefonpolicy.platform.security.DirectoryUnit;
import se.telefonpolicy.platform.security.ScopeDirectory;

/**
 * The directory as callback-service keeps it: units (tree, manager, missed-call setting), each
 * employee's unit and their own numbers. A snapshot replaces what is stored unless it is older; a tombstone marks the row
 * deleted, so an older snapshot replayed after it cannot bring the entity back. It is also what the
 * platform's manager scope reads.
 */
@ApplicationScoped
public class DirectoryRepository implements ScopeDirectory {

    private final EntityManager em;

    public DirectoryRepository(EntityManager em) {
        this.em = em;
    }

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

    /**
     * Stores the employee's unit and, if they are active, their own numbers (E.164), unless a newer state is stored;
     * false if this one was older.
     */
    public boolean saveEmployee(String employeeId, String unitId, Collection<String> phoneNumbers, boolean active,
            Instant updatedAt) {
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
        // someone who left may keep their mobile: their calls are no longer internal
        replaceNumbers(employeeId, active ? phoneNumbers : List.of());
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
            replaceNumbers(employeeId, List.of());
        }
    }

    /** Whether the number is one of an active employee's own (their directory entry): an internal caller. */
    public boolean isEmployeeNumber(String e164) {
        return e164 != null && !em().createNativeQuery("SELECT 1 FROM directory_employee_number WHERE phone_number = ?1 LIMIT 1")
                .setParameter(1, e164).getResultList().isEmpty();
    }

    private void replaceNumbers(String employeeId, Collection<String> phoneNumbers) {
        em().createNativeQuery("DELETE FROM directory_employee_number WHERE employee_id = ?1").setParameter(1, employeeId)
                .executeUpdate();
        for (String number : new java.util.TreeSet<>(phoneNumbers)) {
            em().createNativeQuery("INSERT INTO directory_employee_number (phone_number, employee_id) VALUES (?1, ?2)")
                    .setParameter(1, number).setParameter(2, employeeId).executeUpdate();
        }
    }

    private EntityManager em() {
        return em;
    }

    /** Every live unit: a municipality has hundreds, read whole per request or batch. */
    public UnitTree unitTree() {
        List<DirectoryUnitEntity> rows = DirectoryUnitEntity.list("deleted = false");
        return new UnitTree(rows.stream().map(u -> new UnitTree.Unit(u.unitId, u.parentUnitId, u.managerEmployeeId))
                .toList());
    }

    @Override
    public Collection<DirectoryUnit> scopeUnits() {
        List<DirectoryUnitEntity> rows = DirectoryUnitEntity.list("deleted = false");
        return rows.stream().map(u -> new DirectoryUnit(u.unitId, u.parentUnitId, u.managerEmployeeId)).toList();
    }

    @Override
    public Optional<String> unitOfEmployee(String employeeId) {
        return unitOf(employeeId);
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
