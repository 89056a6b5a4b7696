package se.telefonpolicy.availability.domain;

/** The diversion rules of BRIEF.md this service detects. */
public enum DiversionRule {
    /** An absent status without a return time: callers learn nothing about when the person is back. */
    DIVERSION_RETURN_TIME,
    /** A return time passed by more than the grace with the status unchanged: callers are told something false. */
    DIVERSION_STALE
}
