package se.telefonpolicy.compliance.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import se.telefonpolicy.contracts.compliance.RuleId;

/**
 * VOICEMAIL_ENABLED, GREETING_RECORDED and DIRECTORY_CORRECT for one employee, with the thresholds
 * directory-service uses (details confirmed within 365 days, a greeting of at most 30 s), so that both
 * services agree on who has a problem.
 */
public final class DirectoryRules {

    public static final List<RuleId> RULES = List.of(RuleId.VOICEMAIL_ENABLED, RuleId.GREETING_RECORDED,
            RuleId.DIRECTORY_CORRECT);

    private final Duration confirmWithin;
    private final int greetingMaxSeconds;

    public DirectoryRules(Duration confirmWithin, int greetingMaxSeconds) {
        this.confirmWithin = confirmWithin;
        this.greetingMaxSeconds = greetingMaxSeconds;
    }

    /** The rules the employee breaks now; none for an inactive employee (nobody calls them). */
    public Set<RuleId> problems(EmployeeFacts e, boolean unitHasManager, Instant now) {
        Set<RuleId> found = EnumSet.noneOf(RuleId.class);
        if (!e.active()) {
            return found;
        }
        if (!e.voicemailEnabled()) {
            found.add(RuleId.VOICEMAIL_ENABLED);
        }
        if (e.greetingSeconds() == null || e.greetingSeconds() > greetingMaxSeconds) {
            found.add(RuleId.GREETING_RECORDED);
        }
        boolean unconfirmed = e.verifiedAt() == null || e.verifiedAt().isBefore(now.minus(confirmWithin));
        // an employee without a unit already misses a required field; a unit that exists must have a manager
        if (e.requiredFieldsMissing() || unconfirmed || (e.unitId() != null && !unitHasManager)) {
            found.add(RuleId.DIRECTORY_CORRECT);
        }
        return found;
    }
}
