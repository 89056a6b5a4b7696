package se.telefonpolicy.contracts.availability;

/** Why a coverage gap ended. */
public enum GapEndReason {
    /** Enough people became available. */
    STAFFED,
    /** The opening hours ended. */
    CLOSED,
    /** The unit stopped being a service function, or its minimum staffing was lowered. */
    NO_LONGER_REQUIRED
}
