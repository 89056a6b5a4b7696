package se.telefonpolicy.staffweb.domain;

/** The policy's rules by their Swedish names, as the pages show them (the ids are the services'). */
public final class RuleWords {

    private RuleWords() {
    }

    public static String name(String rule) {
        if (rule == null) {
            return "okänd regel";
        }
        return switch (rule) {
            case "DIRECTORY_CORRECT" -> "Uppgifterna i telefonistödet";
            case "VOICEMAIL_ENABLED" -> "Röstbrevlåda";
            case "GREETING_RECORDED" -> "Hälsningsfras";
            case "DIVERSION_RETURN_TIME" -> "Hänvisning utan återkomsttid";
            case "DIVERSION_STALE" -> "Inaktuell hänvisning";
            case "CALLBACK_2WD" -> "Återuppringning inom två arbetsdagar";
            case "PROMISE_KEPT" -> "Utlovad återuppringning";
            case "SERVICE_DESK_STAFFED" -> "Bemannad servicefunktion";
            case "RIGHT_OFFICER" -> "Rätt handläggare";
            default -> rule;
        };
    }
}
