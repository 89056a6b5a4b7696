package se.telefonpolicy.contracts.compliance;

/** What a breach is about; the subject id is that entity's id. */
public enum BreachSubjectType {
    /** A callback task (CALLBACK_2WD, PROMISE_KEPT). */
    CALLBACK_TASK,
    /** A person's diversion, voicemail, greeting or directory details. */
    EMPLOYEE,
    /** A unit's own settings (DIRECTORY_CORRECT: no manager). */
    UNIT,
    /** A service-desk coverage gap (SERVICE_DESK_STAFFED). */
    COVERAGE_GAP,
    /** A municipality-owned device (DEVICE_SECURED). */
    DEVICE
}
