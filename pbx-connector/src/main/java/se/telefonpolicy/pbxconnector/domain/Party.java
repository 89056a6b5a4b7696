package se.telefonpolicy.pbxconnector.domain;

/**
 * One end of a call as the number plan sees it.
 *
 * @param kind      internal extension, external number, withheld, or a PBX feature code
 * @param extension the extension, for an internal party
 * @param e164      the number in E.164, for an external party
 */
public record Party(Kind kind, String extension, String e164) {

    public enum Kind {
        /** An extension of the municipality's PBX (or its direct-dial number). */
        INTERNAL,
        /** A number outside the PBX, normalised to E.164. */
        EXTERNAL,
        /** No usable number: withheld, anonymous, or not a phone number. */
        WITHHELD,
        /** A PBX service code such as *97 (checking one's mailbox): no call between people. */
        FEATURE_CODE
    }

    static Party internal(String extension) {
        return new Party(Kind.INTERNAL, extension, null);
    }

    static Party external(String e164) {
        return new Party(Kind.EXTERNAL, null, e164);
    }

    static Party withheld() {
        return new Party(Kind.WITHHELD, null, null);
    }

    static Party featureCode() {
        return new Party(Kind.FEATURE_CODE, null, null);
    }

    public boolean isInternal() {
        return kind == Kind.INTERNAL;
    }

    public boolean isExternal() {
        return kind == Kind.EXTERNAL;
    }
}
