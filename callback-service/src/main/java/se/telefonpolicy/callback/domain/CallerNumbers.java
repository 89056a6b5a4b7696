package se.telefonpolicy.callback.domain;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

import se.telefonpolicy.contracts.Require;

/** Caller numbers are personal data: logs only ever see them masked. */
public final class CallerNumbers {

    private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();

    private CallerNumbers() {
    }

    /**
     * A number as a person types it ({@code 070-123 45 67}, {@code 0046 70 1234567}, {@code +46701234567})
     * in the E.164 form the PBX events use, so that a promise matches the outbound call that keeps it;
     * a national number is read as Swedish. Empty if it is not a possible phone number (the same check
     * as the event contracts: country code, possible length, canonical form).
     */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            String e164 = PHONE_NUMBERS.format(PHONE_NUMBERS.parse(typed.trim(), "SE"), PhoneNumberFormat.E164);
            return Require.isE164(e164) ? Optional.of(e164) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
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
