package se.telefonpolicy.contracts.callback;

/** What opened a callback task. */
public enum CallbackOrigin {
    /** A VoicemailLeft (CALLBACK_2WD). */
    VOICEMAIL,
    /** A callback the officer promised and registered (PROMISE_KEPT). */
    PROMISE,
    /** A CallMissed to a unit that has missedCallsCreateTasks. */
    MISSED_CALL;

    /** Tasks from the PBX point at the call they came from. */
    public boolean fromCall() {
        return this != PROMISE;
    }
}
