package se.telefonpolicy.callback.persistence;

/** The event-time decisions still to be taken about a task (task_pending.step). */
public enum PendingStep {
    /** At the due-soon point: is the assignee away past the due time? Waits for the statuses' watermark. */
    ABSENCE_CHECK,
    /** At the due-soon point: CallbackDueSoon if nobody has called back. Waits for the calls' watermark. */
    DUE_SOON,
    /** At the due time: CallbackDeadlineDecided MET or OVERDUE. Waits for the calls' watermark. */
    DEADLINE,
    /** At the first attempt or completion: a LATE, if the task was decided OVERDUE. Waits for the calls' watermark. */
    HANDLED
}
