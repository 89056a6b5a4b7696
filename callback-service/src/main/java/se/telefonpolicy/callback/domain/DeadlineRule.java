package se.telefonpolicy.callback.domain;

import java.time.Instant;

import se.telefonpolicy.contracts.callback.CallbackOrigin;
import se.telefonpolicy.contracts.callback.DeadlineVerdict;
import se.telefonpolicy.contracts.compliance.RuleId;

/**
 * CALLBACK_2WD and PROMISE_KEPT, decided on event time (BRIEF, "Event time"): once the calls' watermark has
 * passed the due time, every call back made by then has been read, so the task's state says whether it was
 * handled in time. The first attempt, or the completion (an answered inbound call resolves, an officer closes),
 * whichever came first, decides: by the due time MET, else OVERDUE; an OVERDUE task handled later is LATE.
 */
public final class DeadlineRule {

    /** What is left to say about a task decided OVERDUE, at a given watermark. */
    public enum AfterOverdue {
        /** Not handled, or handled after what the watermark has passed: ask again later. */
        WAIT,
        /** Handled after the due time, and nothing earlier can still arrive: LATE with that moment. */
        LATE,
        /**
         * Handled by the due time after all, but known only after the decision (an attempt registered by hand
         * later, with an earlier time): a decision is never taken back, and LATE would say the call came after
         * the due time. Nothing more is published for the task.
         */
        DECISION_STANDS
    }

    private DeadlineRule() {
    }

    public static RuleId ruleOf(CallbackTask task) {
        return task.origin() == CallbackOrigin.PROMISE ? RuleId.PROMISE_KEPT : RuleId.CALLBACK_2WD;
    }

    /** MET if handled at or before the due time, else OVERDUE. */
    public static DeadlineVerdict atDue(CallbackTask task) {
        return task.isHandledBy(task.dueAt()) ? DeadlineVerdict.MET : DeadlineVerdict.OVERDUE;
    }

    /** For a task decided OVERDUE: whether LATE can be published now, with {@link CallbackTask#handledAt()}. */
    public static AfterOverdue afterOverdue(CallbackTask task, Instant watermark) {
        Instant handled = task.handledAt();
        if (handled == null || handled.isAfter(watermark)) {
            return AfterOverdue.WAIT;
        }
        return handled.isAfter(task.dueAt()) ? AfterOverdue.LATE : AfterOverdue.DECISION_STANDS;
    }
}
