package se.telefonpolicy.pbxconnector.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * The municipality's number plan: which numbers are internal extensions, which are its direct-dial
 * numbers, and how an external number is written in E.164 (libphonenumber, the municipality's region
 * for numbers without a country code).
 *
 * @param extensionPattern   an internal extension, whole (e.g. {@code \d{4}})
 * @param directDialPrefix   E.164 prefix of the direct-dial range: prefix + extension is that extension's
 *                           own number from outside (e.g. {@code +4622344}); empty when there is none
 * @param defaultRegion      ISO 3166 region for numbers without a country code, e.g. {@code SE}
 * @param outboundAccessCode what internal callers dial before an external number (e.g. {@code 0}); empty for none
 */
public record NumberPlan(Pattern extensionPattern, Optional<String> directDialPrefix, String defaultRegion,
        String outboundAccessCode) {

    private static final PhoneNumberUtil PHONE = PhoneNumberUtil.getInstance();
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final Pattern DIALLABLE = Pattern.compile("\\+?[0-9 ()-]{3,25}");

    public NumberPlan {
        Objects.requireNonNull(extensionPattern, "extensionPattern");
        directDialPrefix = directDialPrefix.filter(p -> !p.isBlank());
        directDialPrefix.ifPresent(p -> {
            if (!p.matches("\\+[1-9]\\d{1,13}")) {
                throw new IllegalArgumentException("direct-dial prefix must be an E.164 prefix like +4622344");
            }
        });
        Objects.requireNonNull(defaultRegion, "defaultRegion");
        outboundAccessCode = outboundAccessCode == null ? "" : outboundAccessCode.trim();
    }

    /** The calling party (CDR Source): anything that is not a number is a withheld caller. */
    public Party caller(String source) {
        Party party = classify(source, false);
        return party.kind() == Party.Kind.FEATURE_CODE ? Party.withheld() : party;
    }

    /** The called party (CDR Destination); an internal caller's dialled number may start with the access code. */
    public Party called(String destination, boolean dialledFromInside) {
        return classify(destination, dialledFromInside);
    }

    /** The extension's own number from outside, when the plan has a direct-dial range. */
    public Optional<String> directNumber(String extension) {
        return directDialPrefix.map(prefix -> prefix + extension).filter(n -> E164.matcher(n).matches());
    }

    /** Whether the text is an extension by this plan (e.g. the resource of a channel name). */
    public boolean isExtension(String text) {
        return text != null && extensionPattern.matcher(text).matches();
    }

    private Party classify(String raw, boolean dialledFromInside) {
        String text = raw == null ? "" : raw.trim();
        if (text.isEmpty()) {
            return Party.withheld();
        }
        if (isExtension(text)) {
            return Party.internal(text);
        }
        if (text.startsWith("*") || text.startsWith("#")) {
            return Party.featureCode();
        }
        if (!DIALLABLE.matcher(text).matches()) {
            return Party.withheld();
        }
        String number = text;
        if (dialledFromInside && !outboundAccessCode.isEmpty() && number.startsWith(outboundAccessCode)
                && number.length() > outboundAccessCode.length() + 5) {
            number = number.substring(outboundAccessCode.length());
        }
        Optional<String> e164 = toE164(number);
        if (e164.isEmpty()) {
            return Party.withheld();
        }
        // a call from or to the municipality's own direct-dial number is a call of that extension
        if (directDialPrefix.isPresent() && e164.get().startsWith(directDialPrefix.get())) {
            String rest = e164.get().substring(directDialPrefix.get().length());
            if (isExtension(rest)) {
                return Party.internal(rest);
            }
        }
        return Party.external(e164.get());
    }

    /** E.164 by libphonenumber; empty when it is not a possible number (too short, no such country code). */
    public Optional<String> toE164(String number) {
        try {
            Phonenumber.PhoneNumber parsed = PHONE.parse(number, defaultRegion);
            if (!PHONE.isPossibleNumber(parsed)) {
                return Optional.empty();
            }
            String e164 = PHONE.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
            return E164.matcher(e164).matches() ? Optional.of(e164) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
