package se.telefonpolicy.compliance.persistence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.telefonpolicy.compliance.domain.BreachCandidate;

/** The breach table: unique per (rule, subject key), so whichever instance inserts first records it. */
@ApplicationScoped
public class BreachRepository {

    private final Jdbc jdbc;

    public BreachRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the breach unless it is known; true exactly when this call recorded it. */
    public boolean insertIfNew(UUID breachId, BreachCandidate b, String unitId, String managerEmployeeId) {
        return jdbc.update("""
                INSERT INTO breach (breach_id, rule_id, subject_key, subject_type, subject_id, unit_id,
                  manager_employee_id, employee_id, due_at, detected_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""",
                breachId, b.ruleId().name(), b.subjectKey(), b.subjectType().name(), b.subjectId(), unitId,
                managerEmployeeId, b.employeeId(), b.dueAt(), b.detectedAt()) == 1;
    }

    public long count() {
        return jdbc.count("SELECT count(*) FROM breach");
    }
}
