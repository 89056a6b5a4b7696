package se.telefonpolicy.directory.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The directory's own rules (BRIEF.md): DIRECTORY_CORRECT, VOICEMAIL_ENABLED, GREETING_RECORDED.
 * Messages are Swedish: managers and employees read them.
 */
public final class DirectoryQuality {

    public static final String DIRECTORY_CORRECT = "DIRECTORY_CORRECT";
    public static final String VOICEMAIL_ENABLED = "VOICEMAIL_ENABLED";
    public static final String GREETING_RECORDED = "GREETING_RECORDED";

    private final Duration confirmWithin;
    private final int greetingMaxSeconds;

    public DirectoryQuality(Duration confirmWithin, int greetingMaxSeconds) {
        this.confirmWithin = confirmWithin;
        this.greetingMaxSeconds = greetingMaxSeconds;
    }

    /** One finding: the rule broken and the field to fix. */
    public record Finding(String rule, String field, String message) {
    }

    /** The employee's problems now; an inactive employee has none (nobody calls them). */
    public List<Finding> check(Employee e, Unit unit, Instant now) {
        List<Finding> found = new ArrayList<>();
        if (!e.active()) {
            return found;
        }
        if (e.firstName() == null) {
            found.add(new Finding(DIRECTORY_CORRECT, "firstName", "Förnamn saknas"));
        }
        if (e.lastName() == null) {
            found.add(new Finding(DIRECTORY_CORRECT, "lastName", "Efternamn saknas"));
        }
        if (e.unitId() == null) {
            found.add(new Finding(DIRECTORY_CORRECT, "unitId", "Enhet saknas"));
        }
        if (e.phoneNumbers().isEmpty() && e.extension() == null) {
            found.add(new Finding(DIRECTORY_CORRECT, "phoneNumbers", "Telefonnummer saknas"));
        }
        if (e.verifiedAt() == null || e.verifiedAt().isBefore(now.minus(confirmWithin))) {
            found.add(new Finding(DIRECTORY_CORRECT, "verifiedAt",
                    "Uppgifterna har inte bekräftats de senaste " + confirmWithin.toDays() + " dagarna"));
        }
        if (unit != null && unit.managerEmployeeId() == null) {
            found.add(new Finding(DIRECTORY_CORRECT, "unit.managerEmployeeId", "Enheten " + unit.name() + " saknar chef"));
        }
        if (!e.voicemailEnabled()) {
            found.add(new Finding(VOICEMAIL_ENABLED, "voicemailEnabled", "Röstbrevlådan är inte aktiverad"));
        }
        if (e.greeting() == null) {
            found.add(new Finding(GREETING_RECORDED, "greeting", "Inget inspelat hälsningsmeddelande"));
        } else if (e.greeting().lengthSeconds() > greetingMaxSeconds) {
            found.add(new Finding(GREETING_RECORDED, "greeting.lengthSeconds",
                    "Hälsningsmeddelandet är längre än " + greetingMaxSeconds + " sekunder"));
        }
        return found;
    }

    /** The unit and every unit below it. */
    public static List<String> subtree(List<Unit> units, String rootId) {
        List<String> result = new ArrayList<>();
        result.add(rootId);
        for (int i = 0; i < result.size(); i++) {
            String parent = result.get(i);
            units.stream().filter(u -> parent.equals(u.parentId())).map(Unit::id).forEach(result::add);
        }
        return result;
    }
}
