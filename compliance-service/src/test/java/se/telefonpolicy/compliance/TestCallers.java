package se.telefonpolicy.compliance;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** What the flow tests share: the test callers' numbers (searched for by acceptance 4) and Stockholm local times. */
public final class TestCallers {

    public static final String ANNA = "+46701234501";
    public static final String BERTIL = "+46701234502";
    public static final String CECILIA = "+46701234503";
    public static final String DAVID = "+4622312345";
    /** Every number a test caller used; none may leave the service. */
    public static final List<String> ALL = List.of(ANNA, BERTIL, CECILIA, DAVID);

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private TestCallers() {
    }

    /** A Stockholm local time, e.g. {@code local("2026-11-02T09:00")}, as the instant events carry. */
    public static Instant local(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(STOCKHOLM).toInstant();
    }

    /** The forms a number could take in text: E.164, without the plus, national with a 0, and its last nine digits. */
    public static List<String> formsOf(String e164) {
        String digits = e164.substring(1);
        String national = "0" + digits.substring(2);
        return List.of(e164, digits, national, digits.substring(digits.length() - 9));
    }
}
