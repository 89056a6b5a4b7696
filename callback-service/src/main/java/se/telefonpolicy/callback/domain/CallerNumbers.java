package se.telefonpolicy.callback.domain;

/** Caller numbers are personal data: logs only ever see them masked. */
public final class CallerNumbers {

    private CallerNumbers() {
    }

    /**
     * {@code +46701234567} → {@code +46 70 *** ** 67}: enough to tell two callers apart in a log,
     * not enough to call anyone. Numbers outside Sweden keep their first two digits the same way.
     */
    public static String mask(String e164) {
        if (e164 == null) {
            return "(withheld)";
        }
        String digits = e164.startsWith("+") ? e164.substring(1) : e164;
        if (digits.length() < 8 || !digits.chars().allMatch(Character::isDigit)) {
            return "+** *** ** **";
        }
        // +46 is the one country code that matters here; others show two digits as "country code"
        String country = digits.substring(0, 2);
        String national = digits.substring(2);
        return "+" + country + " " + national.substring(0, 2) + " *** ** " + national.substring(national.length() - 2);
    }
}
