package se.telefonpolicy.contracts.availability;

/** A person's presence, as BRIEF.md names it. */
public enum PresenceStatus {
    AVAILABLE,
    IN_CALL,
    MEETING,
    LUNCH,
    BREAK,
    OUT_OF_OFFICE,
    VACATION,
    SICK,
    PARENTAL_LEAVE,
    OFF_DUTY;

    /**
     * DIVERSION_RETURN_TIME: every status but available and in call is a diversion, and the caller must
     * learn when the person is back.
     */
    public boolean requiresReturnTime() {
        return this != AVAILABLE && this != IN_CALL;
    }
}
