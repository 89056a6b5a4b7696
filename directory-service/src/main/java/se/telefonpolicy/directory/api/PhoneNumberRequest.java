package se.telefonpolicy.directory.api;

import se.telefonpolicy.contracts.directory.PhoneNumberKind;

/** A number as typed, Swedish national ("070-123 45 67") or international ("+46 70 123 45 67"). */
public record PhoneNumberRequest(PhoneNumberKind kind, String number) {
}
