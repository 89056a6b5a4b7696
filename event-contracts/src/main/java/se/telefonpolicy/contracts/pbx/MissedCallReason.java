package se.telefonpolicy.contracts.pbx;

/** Why an offered call was not answered by a person. */
public enum MissedCallReason {
    /** It rang out, or went to voicemail (a VoicemailLeft with the same callId follows if a message was left). */
    NO_ANSWER,
    /** The line was busy and the call was not queued. */
    BUSY,
    /** The caller hung up while it rang or queued. */
    ABANDONED,
    /** The called person declined it. */
    DECLINED
}
