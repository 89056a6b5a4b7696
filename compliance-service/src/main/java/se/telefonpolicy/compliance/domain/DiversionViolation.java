package se.telefonpolicy.compliance.domain;

import java.time.Instant;
import java.util.Objects;

import se.telefonpolicy.contracts.compliance.RuleId;

/**
 * availability-service's decision that one diversion broke DIVERSION_RETURN_TIME or DIVERSION_STALE, as recorded
 * (from DiversionViolated). The report counts it in the period of {@code violatedAt}.
 *
 * @param unitId     the decision's unit, else the person's unit in the directory when it was recorded; may be null
 * @param since      when the diversion began
 * @param violatedAt since for DIVERSION_RETURN_TIME, the return time plus the grace for DIVERSION_STALE
 */
public record DiversionViolation(String diversionId, RuleId ruleId, String employeeId, String unitId, Instant since,
        Instant violatedAt) {

    public DiversionViolation {
        Objects.requireNonNull(diversionId, "diversionId");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(violatedAt, "violatedAt");
    }

    public boolean within(Instant from, Instant to) {
        return !violatedAt.isBefore(from) && violatedAt.isBefore(to);
    }
}
