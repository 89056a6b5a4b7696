package se.telefonpolicy.availability.domain;

import java.time.Instant;
import java.util.Objects;

import se.telefonpolicy.contracts.availability.DivertTarget;
import se.telefonpolicy.contracts.availability.PresenceSource;
import se.telefonpolicy.contracts.availability.PresenceStatus;

/** Someone's current presence: the status callers are told about, and until when. */
public record Presence(
        String employeeId,
        PresenceStatus status,
        Instant since,
        Instant returnAt,
        String message,
        DivertTarget divertTarget,
        PresenceSource source) {

    public Presence {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(source, "source");
    }

    /** Counts towards a service desk's staffing: the person answers calls (AVAILABLE or IN_CALL). */
    public boolean staffed() {
        return status == PresenceStatus.AVAILABLE || status == PresenceStatus.IN_CALL;
    }

    /**
     * An older report does not overwrite a newer one: PBX events for one person arrive in order on
     * their partition, but self-service and switchboard changes come from elsewhere.
     */
    public boolean isOlderThan(Presence current) {
        return current != null && since.isBefore(current.since());
    }
}
