package se.telefonpolicy.compliance.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A status other than available or in call, from its StatusChanged until the next one.
 * DIVERSION_RETURN_TIME: it must tell callers when the person is back. DIVERSION_STALE: once that return
 * time has passed by more than a grace with the status unchanged, callers are told something false.
 *
 * @param returnAt null when the diversion gave no return time
 * @param endedAt  null while it lasts
 */
public record Diversion(String employeeId, Instant startedAt, String unitId, String status, Instant returnAt,
        Instant endedAt) {

    public Diversion {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(status, "status");
    }

    public boolean withoutReturnTime() {
        return returnAt == null;
    }

    /** When it turns stale: the return time plus the grace; null without a return time. */
    public Instant staleAt(Duration grace) {
        return returnAt == null ? null : returnAt.plus(grace);
    }

    /** Stale as of {@code now}: the return time plus grace has come and the diversion had not ended by then. */
    public boolean isStale(Instant now, Duration grace) {
        Instant staleAt = staleAt(grace);
        return staleAt != null && !now.isBefore(staleAt) && (endedAt == null || endedAt.isAfter(staleAt));
    }

    public boolean isOpen() {
        return endedAt == null;
    }
}
