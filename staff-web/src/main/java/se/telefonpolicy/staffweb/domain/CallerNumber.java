package se.telefonpolicy.staffweb.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/** A number as the services store it (E.164) shown the Swedish way ("070-123 45 67"), and as a {@code tel:} link. */
public final class CallerNumber {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private CallerNumber() {
    }

    public static String display(String e164) {
        if (e164 == null || e164.isBlank()) {
            return "(nummer saknas)";
        }
        try {
            var number = PHONES.parse(e164, "SE");
            return PHONES.format(number, number.getCountryCode() == 46 ? PhoneNumberFormat.NATIONAL
                    : PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }

    public static String telHref(String e164) {
        return e164 == null ? null : "tel:" + e164.replaceAll("[^+0-9]", "");
    }
}
