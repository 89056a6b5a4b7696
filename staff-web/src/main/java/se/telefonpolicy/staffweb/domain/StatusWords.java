package se.telefonpolicy.staffweb.domain;

import java.time.Instant;

import se.telefonpolicy.contracts.availability.DivertTargetKind;
import se.telefonpolicy.contracts.availability.PresenceStatus;

/** Presence in Swedish: the status's name, and what a caller is told (what the PBX's diversion says). */
public final class StatusWords {

    private StatusWords() {
    }

    public static String name(PresenceStatus status) {
        if (status == null) {
            return "okänd";
        }
        return switch (status) {
            case AVAILABLE -> "tillgänglig";
            case IN_CALL -> "i samtal";
            case MEETING -> "på möte";
            case LUNCH -> "på lunch";
            case BREAK -> "på rast";
            case OUT_OF_OFFICE -> "inte på kontoret";
            case VACATION -> "på semester";
            case SICK -> "sjukfrånvarande";
            case PARENTAL_LEAVE -> "föräldraledig";
            case OFF_DUTY -> "har gått för dagen";
        };
    }

    /** The name on its own, as a heading or a list shows it: "På lunch", "Sjukfrånvarande". */
    public static String title(PresenceStatus status) {
        String name = name(status);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * What a caller hears, e.g. "Mattias Holmberg är på lunch och är tillbaka i dag 12:30. Ring gärna igen." The
     * policy: the caller must learn when the person is back (DIVERSION_RETURN_TIME).
     */
    public static String callerHears(String name, PresenceStatus status, Instant returnAt, String message,
            DivertTargetKind divertedTo, Instant now) {
        if (status == null || status == PresenceStatus.AVAILABLE) {
            return "Samtalet kopplas fram till " + name + ".";
        }
        if (status == PresenceStatus.IN_CALL) {
            return name + " är upptagen i ett samtal. Du kan lämna ett meddelande.";
        }
        StringBuilder s = new StringBuilder(name).append(" är ").append(name(status));
        if (returnAt != null) {
            s.append(" och är tillbaka ").append(SwedishTime.words(returnAt, now));
        } else {
            s.append(". Ingen återkomsttid är angiven");
        }
        s.append('.');
        if (message != null && !message.isBlank()) {
            s.append(' ').append(message.strip());
            if (!message.strip().endsWith(".")) {
                s.append('.');
            }
        }
        if (divertedTo != null) {
            s.append(switch (divertedTo) {
                case VOICEMAIL -> " Du kan lämna ett meddelande i röstbrevlådan.";
                case COLLEAGUE -> " Samtalet kopplas till en kollega.";
                case UNIT -> " Samtalet kopplas till enheten.";
                case SWITCHBOARD -> " Samtalet kopplas till växeln.";
            });
        }
        return s.toString();
    }
}
