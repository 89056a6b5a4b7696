package se.telefonpolicy.compliance.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import se.telefonpolicy.compliance.domain.Diversion;
import se.telefonpolicy.compliance.domain.DiversionViolation;
import se.telefonpolicy.contracts.availability.DiversionViolated;
import se.telefonpolicy.contracts.compliance.RuleId;

/** People's diversions from availability.status.v1 (presence, diversion) and availability-service's decisions on them. */
@ApplicationScoped
public class DiversionRepository {

    private static final String COLUMNS = "employee_id, started_at, unit_id, status, return_at, ended_at";
    private static final String VIOLATION_COLUMNS = "diversion_id, rule_id, employee_id, unit_id, since, violated_at";

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

    /** Records availability-service's decision on a diversion, once per diversion and rule; true when it was news. */
    public boolean saveViolation(DiversionViolated v, String unitId) {
        return jdbc.update("""
                INSERT INTO diversion_violation (rule_id, diversion_id, employee_id, unit_id, status, since, return_at,
                  violated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                v.ruleId().name(), v.diversionId(), v.employeeId(), unitId, v.status().name(), v.since(), v.returnAt(),
                v.violatedAt()) == 1;
    }

    /** The decisions of the units' diversions that broke a rule in [from, to). */
    public List<DiversionViolation> violationsBetween(String[] unitIds, Instant from, Instant to) {
        return jdbc.query("SELECT " + VIOLATION_COLUMNS + " FROM diversion_violation WHERE unit_id = ANY(?) "
                + "AND violated_at >= ? AND violated_at < ?", DiversionRepository::mapViolation, unitIds, from, to);
    }

    /**
     * Per rule and unit, the people whose diversion was decided a violation and still stands: no status change of
     * theirs was read after it began (state from stored events, not the clock).
     */
    public Map<RuleId, Map<String, Integer>> standingViolations() {
        Map<RuleId, Map<String, Integer>> standing = new EnumMap<>(RuleId.class);
        jdbc.query("""
                SELECT v.rule_id, v.unit_id, count(DISTINCT v.employee_id) FROM diversion_violation v
                LEFT JOIN presence p ON p.employee_id = v.employee_id
                WHERE v.unit_id IS NOT NULL AND (p.changed_at IS NULL OR p.changed_at <= v.since)
                GROUP BY v.rule_id, v.unit_id""", rs -> standing.computeIfAbsent(RuleId.valueOf(rs.getString(1)),
                        k -> new HashMap<>()).put(rs.getString(2), rs.getInt(3)));
        return standing;
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

    private static DiversionViolation mapViolation(ResultSet rs) throws SQLException {
        return new DiversionViolation(rs.getString("diversion_id"), RuleId.valueOf(rs.getString("rule_id")),
                rs.getString("employee_id"), rs.getString("unit_id"), Jdbc.instant(rs, "since"),
                Jdbc.instant(rs, "violated_at"));
    }
}
