package se.telefonpolicy.compliance.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import se.telefonpolicy.compliance.domain.Diversion;

/** People's diversions from availability.status.v1 (presence, diversion). */
@ApplicationScoped
public class DiversionRepository {

    private static final String COLUMNS = "employee_id, started_at, unit_id, status, return_at, ended_at";

    private final Jdbc jdbc;

    public DiversionRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Applies a status change: ends the diversion that was standing and, for a status that needs a return
     * time, starts a new one. A change older than the person's latest known one is ignored (returns false).
     */
    public boolean applyStatus(String employeeId, String unitId, String status, boolean diversion, Instant changedAt,
            Instant returnAt) {
        int newer = jdbc.update("""
                INSERT INTO presence (employee_id, status, changed_at) VALUES (?, ?, ?)
                ON CONFLICT (employee_id) DO UPDATE SET status = excluded.status, changed_at = excluded.changed_at
                WHERE presence.changed_at <= excluded.changed_at""", employeeId, status, changedAt);
        if (newer == 0) {
            return false;
        }
        jdbc.update("UPDATE diversion SET ended_at = ? WHERE employee_id = ? AND ended_at IS NULL AND started_at < ?",
                changedAt, employeeId, changedAt);
        if (diversion) {
            jdbc.update("INSERT INTO diversion (employee_id, started_at, unit_id, status, return_at) VALUES (?, ?, ?, ?, ?) "
                    + "ON CONFLICT DO NOTHING", employeeId, changedAt, unitId, status, returnAt);
        }
        return true;
    }

    public List<Diversion> open() {
        return jdbc.query("SELECT " + COLUMNS + " FROM diversion WHERE ended_at IS NULL", DiversionRepository::map);
    }

    public List<Diversion> withoutReturnTimeUnswept(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM diversion WHERE NOT return_time_swept AND return_at IS NULL "
                + "ORDER BY started_at LIMIT ? FOR UPDATE SKIP LOCKED", DiversionRepository::map, limit);
    }

    public void markReturnTimeSwept(Diversion d) {
        jdbc.update("UPDATE diversion SET return_time_swept = true WHERE employee_id = ? AND started_at = ?",
                d.employeeId(), d.startedAt());
    }

    /** Diversions whose return time passed at least {@code grace} ago (returnAt ≤ latestReturnAt), not yet settled. */
    public List<Diversion> staleCandidates(Instant latestReturnAt, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM diversion WHERE NOT stale_swept AND return_at <= ? "
                + "ORDER BY return_at LIMIT ? FOR UPDATE SKIP LOCKED", DiversionRepository::map, latestReturnAt, limit);
    }

    public void markStaleSwept(Diversion d) {
        jdbc.update("UPDATE diversion SET stale_swept = true WHERE employee_id = ? AND started_at = ?",
                d.employeeId(), d.startedAt());
    }

    /** Diversions of the units that stood at some time in [from, to). */
    public List<Diversion> overlapping(String[] unitIds, Instant from, Instant to) {
        return jdbc.query("SELECT " + COLUMNS + " FROM diversion WHERE unit_id = ANY(?) AND started_at < ? "
                + "AND (ended_at IS NULL OR ended_at > ?)", DiversionRepository::map, unitIds, to, from);
    }

    private static Diversion map(ResultSet rs) throws SQLException {
        return new Diversion(rs.getString("employee_id"), Jdbc.instant(rs, "started_at"), rs.getString("unit_id"),
                rs.getString("status"), Jdbc.instant(rs, "return_at"), Jdbc.instant(rs, "ended_at"));
    }
}
