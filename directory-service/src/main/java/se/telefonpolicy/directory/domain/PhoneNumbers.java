package se.telefonpolicy.directory.domain;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

import se.telefonpolicy.contracts.Require;

/** Turns what people type ("070-123 45 67", "0223-123 45", "+46 70 123 45 67") into E.164. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** Numbers without a country code are Swedish. */
    private static final String DEFAULT_REGION = "SE";

    private PhoneNumbers() {
    }

    /**
     * The number in E.164, or empty if it is not a valid number. Stricter than the event contract
     * (which only asks for a possible one): this is what people type, and a typo should be caught here.
     */
    public static Optional<String> toE164(String input) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        try {
            var number = UTIL.parse(input, DEFAULT_REGION);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            String e164 = UTIL.format(number, PhoneNumberFormat.E164);
            // the contract's own check, so a stored number can always be published
            return Require.isE164(e164) ? Optional.of(e164) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
