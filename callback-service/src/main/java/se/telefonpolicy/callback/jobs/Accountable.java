package se.telefonpolicy.callback.jobs;

import se.telefonpolicy.callback.domain.CallbackTask;
import se.telefonpolicy.callback.domain.UnitTree;
import se.telefonpolicy.callback.persistence.DirectoryRepository;

/**
 * Who answers for a task in a warning or a decision: the task's unit, else the assignee's in the directory; and
 * that unit's manager, or the nearest above (never the assignee themself); either may be unknown.
 */
record Accountable(String unitId, String managerEmployeeId) {

    static Accountable of(CallbackTask task, DirectoryRepository directory, UnitTree units) {
        String unit = task.unitId() != null ? task.unitId() : directory.unitOf(task.employeeId()).orElse(null);
        return new Accountable(unit, units.managerFor(unit, task.employeeId()).orElse(null));
    }
}
