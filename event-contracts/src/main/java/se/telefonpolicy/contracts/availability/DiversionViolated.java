package se.telefonpolicy.contracts.availability;

import java.time.Instant;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.Require;
import se.telefonpolicy.contracts.compliance.RuleId;

/**
 * availability-service's decision that one diversion broke a diversion rule, made once from the presence
 * history on event time: DIVERSION_RETURN_TIME for a status that needs a return time and has none,
 * DIVERSION_STALE when the next status change (or the watermark) shows the diversion outlived its return
 * time by more than the grace, however briefly it lasted. One event per diversion and rule;
 * compliance-service turns it into SlaBreached.
 *
 * @param diversionId the diversion's id, stable for one person's status from one change (ce_subject)
 * @param ruleId      DIVERSION_RETURN_TIME or DIVERSION_STALE
 * @param employeeId  whose diversion (the key)
 * @param unitId      the person's unit at the time; absent if the directory has none
 * @param status      the diversion's status
 * @param since       when the diversion began (its StatusChanged.changedAt)
 * @param returnAt    the return time callers were told; absent for DIVERSION_RETURN_TIME
 * @param violatedAt  since for DIVERSION_RETURN_TIME, returnAt plus the grace for DIVERSION_STALE
 */
public record DiversionViolated(
        String diversionId,
        RuleId ruleId,
        String employeeId,
        String unitId,
        PresenceStatus status,
        Instant since,
        Instant returnAt,
        Instant violatedAt) implements DomainEvent {

    public DiversionViolated {
        Require.text(diversionId, "diversionId");
        Require.value(ruleId, "ruleId");
        if (ruleId != RuleId.DIVERSION_RETURN_TIME && ruleId != RuleId.DIVERSION_STALE) {
            throw new InvalidEventException("ruleId", "must be DIVERSION_RETURN_TIME or DIVERSION_STALE");
        }
        Require.text(employeeId, "employeeId");
        Require.optionalText(unitId, "unitId");
        Require.value(status, "status");
        Require.value(since, "since");
        Require.value(violatedAt, "violatedAt");
        if (ruleId == RuleId.DIVERSION_STALE) {
            Require.value(returnAt, "returnAt");
            if (!violatedAt.isAfter(returnAt)) {
                throw new InvalidEventException("violatedAt", "must be after returnAt for DIVERSION_STALE");
            }
        } else if (returnAt != null) {
            throw new InvalidEventException("returnAt", "must be absent for DIVERSION_RETURN_TIME");
        }
    }

    @Override
    public EventType type() {
        return EventType.DIVERSION_VIOLATED;
    }

    @Override
    public String key() {
        return employeeId;
    }

    @Override
    public String subject() {
        return diversionId;
    }

    @Override
    public Instant occurredAt() {
        return violatedAt;
    }
}
