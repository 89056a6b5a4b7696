package se.telefonpolicy.availability.domain;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import se.telefonpolicy.contracts.availability.PresenceStatus;

/**
 * A diversion that broke a rule, decided once per rule and diversion (employee and since) on event time.
 *
 * @param rule       which rule
 * @param employeeId whose diversion
 * @param unitId     the person's unit when the diversion was set; null if the directory had none
 * @param status     the status of the diversion
 * @param since      when the diversion was set: with the employee, it names the diversion
 * @param returnAt   the return time callers were told; absent for DIVERSION_RETURN_TIME
 * @param violatedAt when the rule was broken: since for DIVERSION_RETURN_TIME, returnAt + grace for DIVERSION_STALE
 * @param detectedAt when this service decided it (wall clock; for operations, not for the figures)
 */
public record DiversionViolation(DiversionRule rule, String employeeId, String unitId, PresenceStatus status, Instant since,
        Instant returnAt, Instant violatedAt, Instant detectedAt) {

    /** How DIVERSION_STALE stands for one diversion. */
    public enum Staleness {
        /** Not known yet: neither the next change nor the watermark has shown how long it lasted. */
        UNDECIDED,
        /** Changed within the grace after its return time (or no return time to outlive). */
        NOT_STALE,
        /** Outlived its return time by more than the grace. */
        STALE
    }

    public DiversionViolation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(violatedAt, "violatedAt");
        Objects.requireNonNull(detectedAt, "detectedAt");
    }

    /** The stable id of a diversion: the same person and since always give the same id, on every instance and replay. */
    public static String diversionId(String employeeId, Instant since) {
        return UUID.nameUUIDFromBytes((employeeId + "|" + since).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public String diversionId() {
        return diversionId(employeeId, since);
    }

    /** DIVERSION_RETURN_TIME for this change, if it breaks it: decided from the change itself, violated at its since. */
    public static Optional<DiversionViolation> missingReturnTime(Presence p, String unitId, Instant detectedAt) {
        if (!p.status().requiresReturnTime() || p.returnAt() != null) {
            return Optional.empty();
        }
        return Optional.of(new DiversionViolation(DiversionRule.DIVERSION_RETURN_TIME, p.employeeId(), unitId,
                p.status(), p.since(), null, p.since(), detectedAt));
    }

    /**
     * DIVERSION_STALE from the person's history: the diversion lasted until {@code nextChangeAt} (their next status
     * change, null while none is known). It is stale when it outlived its return time by more than the grace.
     * A next change within the grace shows at once that it is not (a change read later can only end it sooner);
     * that it is stale is shown only by the watermark passing returnAt + grace, since a change on a partition not
     * read that far may still end it in time.
     *
     * @param watermark the watermark of pbx.presence.v1; null while there is none
     */
    public static Staleness staleness(Presence diversion, Instant nextChangeAt, Instant watermark, Duration grace) {
        if (!diversion.status().requiresReturnTime() || diversion.returnAt() == null) {
            return Staleness.NOT_STALE;
        }
        Instant deadline = diversion.returnAt().plus(grace);
        if (nextChangeAt != null && !nextChangeAt.isAfter(deadline)) {
            return Staleness.NOT_STALE;
        }
        return watermark != null && watermark.isAfter(deadline) ? Staleness.STALE : Staleness.UNDECIDED;
    }

    /** The DIVERSION_STALE violation of a diversion found {@link Staleness#STALE}: violated at returnAt + grace. */
    public static DiversionViolation stale(Presence diversion, String unitId, Duration grace, Instant detectedAt) {
        return new DiversionViolation(DiversionRule.DIVERSION_STALE, diversion.employeeId(), unitId, diversion.status(),
                diversion.since(), diversion.returnAt(), diversion.returnAt().plus(grace), detectedAt);
    }
}
