package se.telefonpolicy.callback.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

import se.telefonpolicy.contracts.availability.DivertTargetKind;
import se.telefonpolicy.contracts.availability.PresenceStatus;

/**
 * An employee's presence from {@code changedAt} on, as availability-service told it: away (any status but available
 * and in call) until {@code returnAt} (unknown if null), calls diverted to {@code divertKind}/{@code divertTargetId}.
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
     * back in time). An absence that began after the due time is not one: the deadline was already decided.
     */
    public boolean isAwayPast(Instant dueAt) {
        return isAway() && changedAt.isBefore(dueAt) && (returnAt == null || returnAt.isAfter(dueAt));
    }

    /**
     * Which of two statuses of one employee stands: the later change; at the same instant, a fixed order of their
     * content (away before present, an unknown or later return first), so that the order in which they are read
     * never matters. The same status again prevails (it changes nothing).
     */
    public boolean prevailsOver(Absence other) {
        if (other == null) {
            return true;
        }
        int byTime = changedAt.compareTo(other.changedAt);
        return byTime != 0 ? byTime > 0 : SAME_INSTANT.compare(this, other) >= 0;
    }

    private static final Comparator<Absence> SAME_INSTANT = Comparator.comparing(Absence::isAway)
            .thenComparing(Absence::returnAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(a -> a.status().name())
            .thenComparing(a -> a.divertKind() == null ? "" : a.divertKind().name())
            .thenComparing(a -> Objects.toString(a.divertTargetId(), ""))
            .thenComparing(a -> Objects.toString(a.unitId(), ""));
}
