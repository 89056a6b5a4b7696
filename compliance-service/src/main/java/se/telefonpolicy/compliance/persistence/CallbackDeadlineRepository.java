package se.telefonpolicy.compliance.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import se.telefonpolicy.compliance.domain.CallbackDeadline;
import se.telefonpolicy.contracts.compliance.RuleId;

/** compliance's copy of each callback task's deadline and first attempt (callback_deadline). */
@ApplicationScoped
public class CallbackDeadlineRepository {

    private static final String COLUMNS = "task_id, rule_id, unit_id, employee_id, created_at, due_at, first_attempt_at, completed_at";

    private final Jdbc jdbc;

    public CallbackDeadlineRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void saveIfNew(CallbackDeadline d, String origin) {
        jdbc.update("INSERT INTO callback_deadline (task_id, rule_id, unit_id, employee_id, created_at, due_at, origin) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (task_id) DO NOTHING",
                d.taskId(), d.ruleId().name(), d.unitId(), d.employeeId(), d.createdAt(), d.dueAt(), origin);
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

    /** Tasks whose due time has come and that the sweep has not settled, locked against another instance's sweep. */
    public List<CallbackDeadline> dueUnswept(Instant now, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM callback_deadline WHERE NOT swept AND due_at <= ? "
                + "ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED", CallbackDeadlineRepository::map, now, limit);
    }

    public void markSwept(String taskId) {
        jdbc.update("UPDATE callback_deadline SET swept = true WHERE task_id = ?", taskId);
    }

    public List<CallbackDeadline> openedBetween(String[] unitIds, Instant from, Instant to) {
        return jdbc.query("SELECT " + COLUMNS + " FROM callback_deadline WHERE unit_id = ANY(?) "
                + "AND created_at >= ? AND created_at < ?", CallbackDeadlineRepository::map, unitIds, from, to);
    }

    private static CallbackDeadline map(ResultSet rs) throws SQLException {
        return new CallbackDeadline(rs.getString("task_id"), RuleId.valueOf(rs.getString("rule_id")), rs.getString("unit_id"),
                rs.getString("employee_id"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "due_at"),
                Jdbc.instant(rs, "first_attempt_at"), Jdbc.instant(rs, "completed_at"));
    }
}
