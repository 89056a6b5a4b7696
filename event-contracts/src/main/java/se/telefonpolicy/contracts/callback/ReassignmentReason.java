package se.telefonpolicy.contracts.callback;

/** Why a callback task changed hands. */
public enum ReassignmentReason {
    /** The assignee is away (their return time is after the due time). */
    ASSIGNEE_AWAY,
    /** The assignee left, was deleted from the directory or made inactive. */
    ASSIGNEE_INACTIVE,
    /** A manager or the assignee handed it over. */
    MANUAL
}
