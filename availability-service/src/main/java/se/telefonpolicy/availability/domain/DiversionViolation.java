package se.telefonpolicy.availability.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import se.telefonpolicy.contracts.availability.PresenceStatus;

/**
 * A diversion that broke a rule, reported once per rule and diversion (employee and since).
 *
 * @param rule       which rule
 * @param employeeId whose diversion
 * @param status     the status of the diversion
 * @param since      when the diversion was set: with the employee, it names the diversion
 * @param returnAt   the return time callers were told; absent for DIVERSION_RETURN_TIME
 * @param detectedAt when this service noticed
 */
public record DiversionViolation(DiversionRule rule, String employeeId, PresenceStatus status, Instant since,
        Instant returnAt, Instant detectedAt) {

    public DiversionViolation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(detectedAt, "detectedAt");
    }

    /** DIVERSION_RETURN_TIME for this presence, if it breaks it. */
    public static Optional<DiversionViolation> missingReturnTime(Presence p, Instant now) {
        if (!p.status().requiresReturnTime() || p.returnAt() != null) {
            return Optional.empty();
        }
        return Optional.of(new DiversionViolation(DiversionRule.DIVERSION_RETURN_TIME, p.employeeId(),
                p.status(), p.since(), null, now));
    }

    /**
     * DIVERSION_STALE for this presence, if it breaks it: still absent, and its return time passed more
     * than {@code grace} ago. A changed status is a new presence (a new since), so it is not this diversion.
     */
    public static Optional<DiversionViolation> stale(Presence p, Instant now, Duration grace) {
        if (!p.status().requiresReturnTime() || p.returnAt() == null || !p.returnAt().plus(grace).isBefore(now)) {
            return Optional.empty();
        }
        return Optional.of(new DiversionViolation(DiversionRule.DIVERSION_STALE, p.employeeId(),
                p.status(), p.since(), p.returnAt(), now));
    }
}
