package se.telefonpolicy.availability.api;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.telefonpolicy.contracts.availability.DivertTargetKind;
import se.telefonpolicy.contracts.availability.PresenceStatus;

/**
 * A status set by a person (oneself, or the switchboard for a colleague).
 *
 * @param status       the new status
 * @param returnsAt    when the person is back; required for every status but AVAILABLE and IN_CALL
 * @param message      what callers are told; optional
 * @param divertTarget where calls go meanwhile; optional
 */
public record StatusRequest(
        @NotNull PresenceStatus status,
        Instant returnsAt,
        @Size(max = 500) String message,
        @Valid DivertTargetRequest divertTarget) {

    /** Where calls go: voicemail, a colleague (targetId = employee id), a unit (targetId = unit id) or the switchboard. */
    public record DivertTargetRequest(@NotNull DivertTargetKind kind, String targetId) {
    }
}
