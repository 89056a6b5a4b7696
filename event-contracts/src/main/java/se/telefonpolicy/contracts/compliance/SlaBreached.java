package se.telefonpolicy.contracts.compliance;

import java.time.Instant;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.InvalidEventException;
import se.telefonpolicy.contracts.Require;

/**
 * A rule was broken, detected once. Addressed to the unit's manager (MANAGER_FOLLOW_UP). Holds ids,
 * never a caller number. The subject's kind says what its id is, and that is checked, not its digits: an
 * EMPLOYEE subject is the breach's {@code employeeId}, a UNIT subject its {@code unitId} (directory ids of
 * any length, an HR number of 7 digits too); a phone number is what every phone-number field of the
 * contracts carries, E.164 ({@link Require#isE164}), and no subject may be one.
 *
 * @param breachId          the breach's id (ce_subject); the same breach is never sent under two ids
 * @param ruleId            the rule broken
 * @param unitId            the unit accountable (the key)
 * @param managerEmployeeId the unit's manager at detection; absent if the unit has none
 * @param employeeId        the person concerned, e.g. the task's assignee; optional
 * @param subjectType       what the breach is about
 * @param subjectId         that entity's id: a task, employee ({@code employeeId}), unit ({@code unitId}), gap or
 *                          device id
 * @param dueAt             the deadline that passed, for deadline rules; optional
 * @param detectedAt        when the breach was detected
 */
public record SlaBreached(
        String breachId,
        RuleId ruleId,
        String unitId,
        String managerEmployeeId,
        String employeeId,
        BreachSubjectType subjectType,
        String subjectId,
        Instant dueAt,
        Instant detectedAt) implements DomainEvent {

    public SlaBreached {
        Require.text(breachId, "breachId");
        Require.value(ruleId, "ruleId");
        Require.text(unitId, "unitId");
        Require.optionalText(managerEmployeeId, "managerEmployeeId");
        Require.optionalText(employeeId, "employeeId");
        Require.value(subjectType, "subjectType");
        Require.text(subjectId, "subjectId");
        // what the subject is follows from its kind; a phone number is what every phone-number field carries (E.164)
        if (Require.isE164(subjectId)) {
            throw new InvalidEventException("subjectId", "must be an id, never a phone number (personal data)");
        }
        if (subjectType == BreachSubjectType.EMPLOYEE) {
            if (employeeId == null) {
                throw new InvalidEventException("employeeId", "is required when subjectType is EMPLOYEE");
            }
            if (!subjectId.equals(employeeId)) {
                throw new InvalidEventException("subjectId", "must be the employeeId when subjectType is EMPLOYEE");
            }
        }
        if (subjectType == BreachSubjectType.UNIT && !subjectId.equals(unitId)) {
            throw new InvalidEventException("subjectId", "must be the unitId when subjectType is UNIT");
        }
        Require.value(detectedAt, "detectedAt");
    }

    @Override
    public EventType type() {
        return EventType.SLA_BREACHED;
    }

    @Override
    public String key() {
        return unitId;
    }

    @Override
    public String subject() {
        return breachId;
    }

    @Override
    public Instant occurredAt() {
        return detectedAt;
    }
}
