package se.telefonpolicy.callback.domain;

import java.time.Instant;
import java.util.Objects;

import se.telefonpolicy.contracts.availability.DivertTargetKind;
import se.telefonpolicy.contracts.availability.PresenceStatus;

/**
 * An employee's latest presence as availability-service told it: away (any status but available and
 * in call) until {@code returnAt} (unknown if null), calls diverted to {@code divertKind}/{@code divertTargetId}.
 */
public record Absence(
        String employeeId,
        String unitId,
        PresenceStatus status,
        Instant returnAt,
        DivertTargetKind divertKind,
        String divertTargetId,
        Instant changedAt) {

    public Absence {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    public boolean isAway() {
        return status.requiresReturnTime();
    }

    /**
     * Away past {@code dueAt}: gone before the due time and not back by it (no return time at all counts as not
     * back in time). An absence that began after the due time is not one: the deadline was already decided, and
     * whether a status read late moves a task must not depend on when this service happened to read it.
     */
    public boolean isAwayPast(Instant dueAt) {
        return isAway() && changedAt.isBefore(dueAt) && (returnAt == null || returnAt.isAfter(dueAt));
    }

    /** Events may arrive out of order: only a change at least as recent replaces the stored one. */
    public boolean supersedes(Absence stored) {
        return stored == null || !changedAt.isBefore(stored.changedAt());
    }
}
