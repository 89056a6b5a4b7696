package se.telefonpolicy.contracts;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/**
 * The checks the event records run in their compact constructors. Every failure is an
 * {@link InvalidEventException} that names the field; phone numbers are never echoed back.
 */
public final class Require {

    /** E.164 as written on the wire: a plus, a country code that does not start with 0, at most 15 digits. */
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();

    private Require() {
    }

    public static <T> T value(T value, String field) {
        if (value == null) {
            throw new InvalidEventException(field, "is required");
        }
        return value;
    }

    /** Required text: present and not blank. */
    public static String text(String value, String field) {
        if (value == null) {
            throw new InvalidEventException(field, "is required");
        }
        if (value.isBlank()) {
            throw new InvalidEventException(field, "must not be blank");
        }
        return value;
    }

    /** Optional text: absent, or not blank (a blank string is a producer bug that hides a missing value). */
    public static String optionalText(String value, String field) {
        if (value != null && value.isBlank()) {
            throw new InvalidEventException(field, "must not be blank; leave it out instead");
        }
        return value;
    }

    /** A required phone number in E.164, e.g. {@code +4622344000}. */
    public static String e164(String value, String field) {
        if (value == null) {
            throw new InvalidEventException(field, "is required");
        }
        return optionalE164(value, field);
    }

    /**
     * An optional phone number in E.164. Checked with libphonenumber for a known country code and a
     * possible length for it, and for the canonical form ({@code +460223…} is rejected). Deliberately
     * not {@code isValidNumber}: a number from a range the library does not know yet must not send a
     * real voicemail to the dead-letter topic.
     */
    public static String optionalE164(String value, String field) {
        if (value == null) {
            return null;
        }
        if (!isE164(value)) {
            throw new InvalidEventException(field,
                    "must be a phone number in E.164 form: + and country code, no spaces or leading 0, e.g. +4622344000");
        }
        return value;
    }

    public static boolean isE164(String value) {
        if (value == null || !E164.matcher(value).matches()) {
            return false;
        }
        try {
            var number = PHONE_NUMBERS.parse(value, "ZZ");
            return PHONE_NUMBERS.isPossibleNumber(number)
                    && PHONE_NUMBERS.format(number, PhoneNumberFormat.E164).equals(value);
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** An optional e-mail address: one {@code @}, something on both sides, no spaces. */
    public static String optionalEmail(String value, String field) {
        if (value != null && !EMAIL.matcher(value).matches()) {
            throw new InvalidEventException(field, "must be an e-mail address like name@fagersta.se");
        }
        return value;
    }

    public static Integer nonNegative(Integer value, String field) {
        if (value(value, field) < 0) {
            throw new InvalidEventException(field, "must be 0 or more");
        }
        return value;
    }

    public static Integer optionalNonNegative(Integer value, String field) {
        return value == null ? null : nonNegative(value, field);
    }

    public static Integer positive(Integer value, String field) {
        if (value(value, field) < 1) {
            throw new InvalidEventException(field, "must be 1 or more");
        }
        return value;
    }

    /** A list that may be left out (read as empty) but holds no nulls; returned unmodifiable. */
    public static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new InvalidEventException(field + "[" + i + "]", "must not be null");
            }
        }
        return List.copyOf(values);
    }

    /** A list of required, non-blank strings. */
    public static List<String> textList(List<String> values, String field) {
        List<String> copy = list(values, field);
        for (int i = 0; i < copy.size(); i++) {
            text(copy.get(i), field + "[" + i + "]");
        }
        return copy;
    }

    /**
     * Exactly one of a group of alternative fields is present, e.g. a call addressed to an employee
     * or to a unit. The field named is the group, {@code employeeId|unitId}.
     */
    public static void exactlyOne(String fields, Object... values) {
        long present = Arrays.stream(values).filter(Objects::nonNull).count();
        if (present != 1) {
            throw new InvalidEventException(fields, present == 0
                    ? "is required: exactly one of them must be present"
                    : "must hold exactly one value, found " + present);
        }
    }

    /** At least one of a group of alternative fields is present. */
    public static void atLeastOne(String fields, Object... values) {
        if (Arrays.stream(values).allMatch(Objects::isNull)) {
            throw new InvalidEventException(fields, "is required: at least one of them must be present");
        }
    }
}
