package se.telefonpolicy.contracts.directory;

import se.telefonpolicy.contracts.Require;

/**
 * One of a person's numbers.
 *
 * @param kind   work or mobile
 * @param number E.164
 */
public record PhoneNumber(PhoneNumberKind kind, String number) {

    public PhoneNumber {
        Require.value(kind, "kind");
        Require.e164(number, "number");
    }
}
