package se.telefonpolicy.contracts.compliance;

/** The policy's rules, with the ids BRIEF.md gives them; code, metrics, docs and tests use these. */
public enum RuleId {
    CALLBACK_2WD,
    PROMISE_KEPT,
    DIVERSION_RETURN_TIME,
    DIVERSION_STALE,
    SERVICE_DESK_STAFFED,
    VOICEMAIL_ENABLED,
    GREETING_RECORDED,
    DIRECTORY_CORRECT,
    RIGHT_OFFICER,
    ANSWER_RATE,
    MANAGER_FOLLOW_UP,
    DEVICE_SECURED
}
