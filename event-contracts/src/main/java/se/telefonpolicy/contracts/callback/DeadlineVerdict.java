package se.telefonpolicy.contracts.callback;

/** What callback-service decided about a task's deadline, on event time. */
public enum DeadlineVerdict {
    /** Called back (an attempt, or the caller reached someone) by the due time: the rule was met. */
    MET,
    /** No attempt by the due time, the watermark having passed it: the rule was broken (a breach). */
    OVERDUE,
    /** A task decided OVERDUE got its first attempt after the due time; follows its OVERDUE, never a breach of its own. */
    LATE
}
