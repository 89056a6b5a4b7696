package se.telefonpolicy.availability.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import se.telefonpolicy.availability.domain.DiversionViolation;
import se.telefonpolicy.availability.persistence.DiversionViolationRepository;
import se.telefonpolicy.contracts.availability.DiversionViolated;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.platform.outbox.Outbox;

/**
 * A decided diversion violation: recorded (the violation list) and published as DiversionViolated on
 * availability.status.v1 in the caller's transaction, both exactly once per rule and diversion.
 */
@ApplicationScoped
public class DiversionViolations {

    private final DiversionViolationRepository violations;
    private final Outbox outbox;

    public DiversionViolations(DiversionViolationRepository violations, Outbox outbox) {
        this.violations = violations;
        this.outbox = outbox;
    }

    /** False (nothing published) when this diversion was already decided for this rule, here or by another instance. */
    @Transactional(TxType.MANDATORY)
    public boolean recordOnce(DiversionViolation v) {
        if (!violations.record(v)) {
            return false;
        }
        outbox.publish(new DiversionViolated(v.diversionId(), RuleId.valueOf(v.rule().name()), v.employeeId(),
                v.unitId(), v.status(), v.since(), v.returnAt(), v.violatedAt()));
        return true;
    }
}
