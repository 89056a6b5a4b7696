package se.telefonpolicy.callback.api;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import se.telefonpolicy.callback.domain.CallbackTask;
import se.telefonpolicy.callback.domain.UnitTree;
import se.telefonpolicy.callback.persistence.DirectoryRepository;
import se.telefonpolicy.platform.security.CurrentUser;
import se.telefonpolicy.platform.security.UnitScope;

/**
 * Who may see and act on which tasks: an employee their own; a manager everything in the units of their
 * scope (platform's ManagerScope: the token's {@code unit_id} and any unit the directory names them manager of,
 * with every unit below), including the personal tasks of the people the directory puts there; an admin
 * everything. The switchboard finds people, it does not follow callbacks up: only its own tasks, as any employee.
 */
@RequestScoped
public class TaskAccess {

    private final CurrentUser user;
    private final UnitScope scope;
    private final DirectoryRepository directory;
    private UnitTree tree;

    public TaskAccess(CurrentUser user, UnitScope scope, DirectoryRepository directory) {
        this.user = user;
        this.scope = scope;
        this.directory = directory;
    }

    public UnitTree tree() {
        if (tree == null) {
            tree = directory.unitTree();
        }
        return tree;
    }

    /** The units the signed-in manager follows up; empty for anyone else. */
    public Set<String> managedUnits() {
        return scope.managerScope().units();
    }

    public boolean mayManageUnit(String unitId) {
        return scope.mayManageUnit(unitId);
    }

    /** Whether the employee is in a unit the signed-in manager follows up (per the directory). */
    public boolean mayManageEmployee(String employeeId) {
        return scope.mayManageEmployee(employeeId);
    }

    public boolean maySee(CallbackTask task) {
        return user.isAdmin() || user.is(task.employeeId())
                || (task.unitId() != null && managedUnits().contains(task.unitId()))
                || (task.employeeId() != null && mayManageEmployee(task.employeeId()));
    }
}
