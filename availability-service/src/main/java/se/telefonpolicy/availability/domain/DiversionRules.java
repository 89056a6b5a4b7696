package se.telefonpolicy.availability.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import se.telefonpolicy.contracts.availability.PresenceStatus;

/**
 * DIVERSION_RETURN_TIME as it applies to a status set by a person: "den som ringer ska få ett
 * besked när du är tillgänglig igen". A person setting a status here must give a return time; the
 * PBX's reports are accepted as they come and flagged instead (the PBX is the master).
 */
public final class DiversionRules {

    private DiversionRules() {
    }

    /**
     * Why a return time given with a status is refused, if it is: every status but available and in
     * call needs one after {@code now} and at most a year ahead (further is not a return time callers can use).
     */
    public static Optional<String> refusedReturnTime(PresenceStatus status, Instant returnsAt, Instant now) {
        if (!status.requiresReturnTime()) {
            return Optional.empty();
        }
        if (returnsAt == null) {
            return Optional.of("Ange när du är tillbaka: status " + status + " kräver en återkomsttid");
        }
        if (!returnsAt.isAfter(now)) {
            return Optional.of("Återkomsttiden måste ligga i framtiden");
        }
        if (returnsAt.isAfter(now.atOffset(ZoneOffset.UTC).plusYears(1).toInstant())) {
            return Optional.of("Återkomsttiden får ligga högst ett år fram i tiden");
        }
        return Optional.empty();
    }
}
