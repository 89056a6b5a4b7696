package se.telefonpolicy.compliance.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import se.telefonpolicy.compliance.domain.CallbackDeadline;
import se.telefonpolicy.contracts.callback.CallbackDeadlineDecided;
import se.telefonpolicy.contracts.callback.DeadlineVerdict;
import se.telefonpolicy.contracts.compliance.RuleId;

/** compliance's copy of each callback task's deadline, first attempt and callback-service's decision (callback_deadline). */
@ApplicationScoped
public class CallbackDeadlineRepository {

    private static final String COLUMNS =
            "task_id, rule_id, unit_id, employee_id, created_at, due_at, first_attempt_at, completed_at, verdict";

    private final Jdbc jdbc;

    public CallbackDeadlineRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A task's creation; a row its decision made first (a CallbackCreated never read) gets what it lacked. */
    public void saveCreated(CallbackDeadline d, String origin) {
        jdbc.update("""
                INSERT INTO callback_deadline (task_id, rule_id, unit_id, employee_id, created_at, due_at, origin)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (task_id) DO UPDATE SET created_at = excluded.created_at, origin = excluded.origin,
                  unit_id = COALESCE(callback_deadline.unit_id, excluded.unit_id),
                  employee_id = COALESCE(callback_deadline.employee_id, excluded.employee_id)
                WHERE callback_deadline.created_at IS NULL""",
                d.taskId(), d.ruleId().name(), d.unitId(), d.employeeId(), d.createdAt(), d.dueAt(), origin);
    }

    /**
     * Records callback-service's decision; returns true when it was news. A task is decided MET or OVERDUE once;
     * LATE follows an OVERDUE, and nothing redelivered afterwards takes it back.
     */
    public boolean recordDecision(CallbackDeadlineDecided d, String unitId) {
        jdbc.update("""
                INSERT INTO callback_deadline (task_id, rule_id, unit_id, employee_id, due_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (task_id) DO NOTHING""",
                d.taskId(), d.ruleId().name(), unitId, d.assigneeEmployeeId(), d.dueAt());
        return jdbc.update("""
                UPDATE callback_deadline SET verdict = ?, decided_attempt_at = ?
                WHERE task_id = ? AND (verdict IS NULL OR (verdict = 'OVERDUE' AND ? = 'LATE'))""",
                d.verdict().name(), d.firstAttemptAt(), d.taskId(), d.verdict().name()) == 1;
    }

    public Optional<CallbackDeadline> find(String taskId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM callback_deadline WHERE task_id = ?", CallbackDeadlineRepository::map,
                taskId).stream().findFirst();
    }

    /** The deadline stays with the task; a new assignee, and perhaps a new unit, takes it over. */
    public void reassign(String taskId, String toEmployeeId, String unitId) {
        jdbc.update("UPDATE callback_deadline SET employee_id = ?, unit_id = COALESCE(?, unit_id) WHERE task_id = ?",
                toEmployeeId, unitId, taskId);
    }

    /** Keeps the earliest attempt; returns true when this is the task's first known one. */
    public boolean recordAttempt(String taskId, Instant madeAt) {
        boolean first = jdbc.count("SELECT count(*) FROM callback_deadline WHERE task_id = ? AND first_attempt_at IS NULL",
                taskId) == 1;
        jdbc.update("UPDATE callback_deadline SET first_attempt_at = ? WHERE task_id = ? "
                + "AND (first_attempt_at IS NULL OR first_attempt_at > ?)", madeAt, taskId, madeAt);
        return first;
    }

    public void markCompleted(String taskId, Instant completedAt) {
        jdbc.update("UPDATE callback_deadline SET completed_at = ? WHERE task_id = ? AND completed_at IS NULL",
                completedAt, taskId);
    }

    public List<CallbackDeadline> openForUnit(String unitId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM callback_deadline WHERE unit_id = ? AND completed_at IS NULL "
                + "ORDER BY due_at, task_id", CallbackDeadlineRepository::map, unitId);
    }

    /** Every task not yet done, for the gauges. */
    public List<CallbackDeadline> allOpen() {
        return jdbc.query("SELECT " + COLUMNS + " FROM callback_deadline WHERE completed_at IS NULL",
                CallbackDeadlineRepository::map);
    }

    public List<CallbackDeadline> openedBetween(String[] unitIds, Instant from, Instant to) {
        return jdbc.query("SELECT " + COLUMNS + " FROM callback_deadline WHERE unit_id = ANY(?) "
                + "AND created_at >= ? AND created_at < ?", CallbackDeadlineRepository::map, unitIds, from, to);
    }

    private static CallbackDeadline map(ResultSet rs) throws SQLException {
        String verdict = rs.getString("verdict");
        return new CallbackDeadline(rs.getString("task_id"), RuleId.valueOf(rs.getString("rule_id")), rs.getString("unit_id"),
                rs.getString("employee_id"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "due_at"),
                Jdbc.instant(rs, "first_attempt_at"), Jdbc.instant(rs, "completed_at"),
                verdict == null ? null : DeadlineVerdict.valueOf(verdict));
    }
}
