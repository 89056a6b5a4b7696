package se.telefonpolicy.contracts.callback;

import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.compliance.RuleId;

/** A task's deadline belongs to one of the two callback rules. */
final class CallbackRules {

    private CallbackRules() {
    }

    static void check(RuleId ruleId) {
        if (ruleId != null && ruleId != RuleId.CALLBACK_2WD && ruleId != RuleId.PROMISE_KEPT) {
            throw new InvalidEventException("ruleId", "must be CALLBACK_2WD or PROMISE_KEPT for a callback task");
        }
    }
}
