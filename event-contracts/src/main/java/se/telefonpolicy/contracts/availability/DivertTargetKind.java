package se.telefonpolicy.contracts.availability;

/** Where a diverted phone sends its calls. */
public enum DivertTargetKind {
    VOICEMAIL,
    COLLEAGUE,
    UNIT,
    SWITCHBOARD;

    /** A colleague or unit is named by its directory id; voicemail and switchboard need none. */
    public boolean needsTargetId() {
        return this == COLLEAGUE || this == UNIT;
    }
}
