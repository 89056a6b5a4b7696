package se.telefonpolicy.callback.api;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import se.telefonpolicy.callback.domain.CallbackTask;
import se.telefonpolicy.callback.domain.UnitTree;
import se.telefonpolicy.callback.persistence.DirectoryRepository;
import se.telefonpolicy.platform.security.CurrentUser;
import se.telefonpolicy.platform.security.Roles;

/**
 * Who may see and act on which tasks: an employee their own; a manager everything in their unit and
 * every unit below it (the token's {@code unit_id}, and any unit the directory names them manager of),
 * including the personal tasks of the people the directory puts there; an admin everything. The
 * switchboard finds people, it does not follow callbacks up: only its own tasks, as any employee.
 */
@RequestScoped
public class TaskAccess {

    private final CurrentUser user;
    private final DirectoryRepository directory;
    private UnitTree tree;
    private Set<String> managed;

    public TaskAccess(CurrentUser user, DirectoryRepository directory) {
        this.user = user;
        this.directory = directory;
    }

    public UnitTree tree() {
        if (tree == null) {
            tree = directory.unitTree();
        }
        return tree;
    }

    /** The units the signed-in manager follows up: their units' subtrees; empty for anyone else. */
    public Set<String> managedUnits() {
        if (managed == null) {
            Set<String> roots = new HashSet<>();
            if (user.hasRole(Roles.MANAGER)) {
                user.unitId().ifPresent(roots::add);
                user.employeeId().ifPresent(me -> roots.addAll(tree().managedBy(me)));
            }
            managed = tree().subtrees(roots);
        }
        return managed;
    }

    public boolean mayManageUnit(String unitId) {
        return user.isAdmin() || managedUnits().contains(unitId);
    }

    /** Whether the employee is in a unit the signed-in manager follows up (per the directory). */
    public boolean mayManageEmployee(String employeeId) {
        return user.isAdmin() || directory.isMemberOfAny(employeeId, managedUnits());
    }

    public boolean maySee(CallbackTask task) {
        return user.isAdmin() || user.is(task.employeeId())
                || (task.unitId() != null && managedUnits().contains(task.unitId()))
                || (task.employeeId() != null && !managedUnits().isEmpty() && mayManageEmployee(task.employeeId()));
    }
}
