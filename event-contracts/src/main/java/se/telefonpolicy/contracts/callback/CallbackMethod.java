package se.telefonpolicy.contracts.callback;

/** How a callback attempt became known. */
public enum CallbackMethod {
    /** callback-service matched an OutboundCallPlaced to the task. */
    OUTBOUND_CALL,
    /** The officer registered it by hand (e.g. called from a phone outside the PBX). */
    MANUAL_REGISTRATION
}
