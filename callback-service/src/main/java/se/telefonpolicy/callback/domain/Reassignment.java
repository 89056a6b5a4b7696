package se.telefonpolicy.callback.domain;

import java.util.Optional;

import se.telefonpolicy.contracts.availability.DivertTargetKind;

/**
 * Issue 7: a task whose assignee is away past its due time moves, so the caller is still called back
 * in time: to the colleague the assignee's phone is diverted to, else to the unit's queue. The due
 * time stays (the caller was promised a time, not a person).
 */
public final class Reassignment {

    /** The new assignee: a colleague ({@code employeeId}), or the queue of {@code unitId} when it is null. */
    public record Target(String employeeId, String unitId) {

        public boolean isUnitQueue() {
            return employeeId == null;
        }
    }

    private Reassignment() {
    }

    /**
     * Where the task goes, or empty if it stays: it stays when it is closed, not the absent person's,
     * due before they are back, or when there is neither a colleague nor a unit to take it.
     */
    public static Optional<Target> decide(CallbackTask task, Absence absence) {
        if (!task.isOpen() || task.employeeId() == null || !task.employeeId().equals(absence.employeeId())
                || !absence.isAwayPast(task.dueAt())) {
            return Optional.empty();
        }
        String unit = absence.unitId() != null ? absence.unitId() : task.unitId();
        if (absence.divertKind() == DivertTargetKind.COLLEAGUE && absence.divertTargetId() != null
                && !absence.divertTargetId().equals(task.employeeId())) {
            return Optional.of(new Target(absence.divertTargetId(), task.unitId() != null ? task.unitId() : unit));
        }
        return unit == null ? Optional.empty() : Optional.of(new Target(null, unit));
    }
}
