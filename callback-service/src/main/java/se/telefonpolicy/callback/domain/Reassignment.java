package se.telefonpolicy.callback.domain;

import java.util.Optional;
import java.util.function.Predicate;

import se.telefonpolicy.contracts.availability.DivertTargetKind;

/**
 * Issue 7: a task whose assignee is away past its due time moves, so the caller is still called back
 * in time: to the colleague the assignee's phone is diverted to, else to the manager of the
 * assignee's unit (or of the nearest unit above with one). The due time stays (the caller was
 * promised a time, not a person).
 *
 * <p>Why the manager and not "the unit's queue": CallbackReassigned v1 requires a person
 * ({@code toEmployeeId}); the manager is the one person accountable for the unit's callbacks
 * (MANAGER_FOLLOW_UP) and can hand the task on by hand.
 */
public final class Reassignment {

    /** Who takes the task over. */
    public enum Kind { COLLEAGUE, MANAGER }

    /** The new assignee and the unit accountable after the move. */
    public record Target(String employeeId, String unitId, Kind kind) {
    }

    private Reassignment() {
    }

    /** Whether the absence concerns this task at all: open, the absent person's, due before they are back. */
    public static boolean applies(CallbackTask task, Absence absence) {
        return task.isOpen() && task.employeeId() != null && task.employeeId().equals(absence.employeeId())
                && absence.isAwayPast(task.dueAt());
    }

    /**
     * Where the task goes, or empty if it stays: it stays when the absence does not concern it, or when
     * there is neither a colleague to divert to nor a manager up the tree other than the absent person.
     *
     * @param homeUnitId the assignee's unit in the directory, if known; the absence's unit comes first
     * @param awayPastDue whether a person is away past the task's due time too: such a manager is passed
     *                    over for the next one up (a colleague is the absent person's own choice and is kept)
     */
    public static Optional<Target> decide(CallbackTask task, Absence absence, UnitTree units, String homeUnitId,
            Predicate<String> awayPastDue) {
        if (!applies(task, absence)) {
            return Optional.empty();
        }
        String unit = absence.unitId() != null ? absence.unitId() : task.unitId() != null ? task.unitId() : homeUnitId;
        if (absence.divertKind() == DivertTargetKind.COLLEAGUE && absence.divertTargetId() != null
                && !absence.divertTargetId().equals(task.employeeId())) {
            return Optional.of(new Target(absence.divertTargetId(), task.unitId() != null ? task.unitId() : unit,
                    Kind.COLLEAGUE));
        }
        return units.nearestManager(unit, manager -> manager.equals(task.employeeId()) || awayPastDue.test(manager))
                .map(manager -> new Target(manager, task.unitId() != null ? task.unitId() : unit, Kind.MANAGER));
    }
}
