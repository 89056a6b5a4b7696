package se.telefonpolicy.compliance.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import se.telefonpolicy.compliance.domain.EmployeeFacts;
import se.telefonpolicy.compliance.domain.UnitTree;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.platform.security.DirectoryUnit;
import se.telefonpolicy.platform.security.ScopeDirectory;

/**
 * The directory as compliance needs it: the unit tree with managers and service desks, and the employee
 * facts the directory rules read. Snapshots older than what is stored change nothing. It is also what the
 * platform's manager scope reads (units with parent and manager, each employee's unit).
 */
@ApplicationScoped
public class DirectoryRepository implements ScopeDirectory {

    /** A unit row: {@code serviceDeskJson} is the contract's ServiceDesk as JSON, null unless a service function. */
    public record UnitRow(String unitId, String name, String parentUnitId, String managerEmployeeId,
            String serviceDeskJson, Instant updatedAt) {
    }

    /** An employee's current directory problem and since when. */
    public record Problem(RuleId ruleId, String employeeId, Instant since) {
    }

    private final Jdbc jdbc;

    public DirectoryRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void saveUnit(UnitRow u) {
        jdbc.update("""
                INSERT INTO unit (unit_id, name, parent_unit_id, manager_employee_id, service_desk, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (unit_id) DO UPDATE SET name = excluded.name, parent_unit_id = excluded.parent_unit_id,
                  manager_employee_id = excluded.manager_employee_id, service_desk = excluded.service_desk,
                  updated_at = excluded.updated_at
                WHERE unit.updated_at <= excluded.updated_at""",
                u.unitId(), u.name(), u.parentUnitId(), u.managerEmployeeId(), u.serviceDeskJson(), u.updatedAt());
    }

    public void deleteUnit(String unitId) {
        jdbc.update("DELETE FROM unit WHERE unit_id = ?", unitId);
    }

    public Optional<UnitRow> unit(String unitId) {
        return jdbc.query("SELECT * FROM unit WHERE unit_id = ?", DirectoryRepository::mapUnit, unitId).stream().findFirst();
    }

    public List<UnitRow> units() {
        return jdbc.query("SELECT * FROM unit ORDER BY unit_id", DirectoryRepository::mapUnit);
    }

    @Override
    public Collection<DirectoryUnit> scopeUnits() {
        return jdbc.query("SELECT unit_id, parent_unit_id, manager_employee_id FROM unit",
                rs -> new DirectoryUnit(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    public UnitTree tree() {
        Map<String, String> parentOf = new HashMap<>();
        jdbc.query("SELECT unit_id, parent_unit_id FROM unit", rs -> parentOf.put(rs.getString(1), rs.getString(2)));
        return new UnitTree(parentOf);
    }

    public void saveEmployee(EmployeeFacts e) {
        jdbc.update("""
                INSERT INTO employee (employee_id, unit_id, active, voicemail_enabled, greeting_seconds,
                  required_fields_missing, verified_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (employee_id) DO UPDATE SET unit_id = excluded.unit_id, active = excluded.active,
                  voicemail_enabled = excluded.voicemail_enabled, greeting_seconds = excluded.greeting_seconds,
                  required_fields_missing = excluded.required_fields_missing, verified_at = excluded.verified_at,
                  updated_at = excluded.updated_at
                WHERE employee.updated_at <= excluded.updated_at""",
                e.employeeId(), e.unitId(), e.active(), e.voicemailEnabled(), e.greetingSeconds(), e.requiredFieldsMissing(),
                e.verifiedAt(), e.updatedAt());
    }

    public void deleteEmployee(String employeeId) {
        jdbc.update("DELETE FROM employee WHERE employee_id = ?", employeeId);
        jdbc.update("DELETE FROM directory_problem WHERE employee_id = ?", employeeId);
    }

    @Override
    public Optional<String> unitOfEmployee(String employeeId) {
        return jdbc.query("SELECT unit_id FROM employee WHERE employee_id = ?", rs -> rs.getString(1), employeeId).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    public List<EmployeeFacts> employees() {
        return jdbc.query("SELECT * FROM employee ORDER BY employee_id", rs -> new EmployeeFacts(rs.getString("employee_id"),
                rs.getString("unit_id"), rs.getBoolean("active"), rs.getBoolean("voicemail_enabled"),
                Jdbc.integer(rs, "greeting_seconds"), rs.getBoolean("required_fields_missing"),
                Jdbc.instant(rs, "verified_at"), Jdbc.instant(rs, "updated_at")));
    }

    public List<Problem> problems() {
        return jdbc.query("SELECT rule_id, employee_id, since FROM directory_problem",
                rs -> new Problem(RuleId.valueOf(rs.getString(1)), rs.getString(2), Jdbc.instant(rs, "since")));
    }

    /** Opens the problem's episode unless one is open; returns the open episode's start. */
    public Instant openProblem(RuleId rule, String employeeId, Instant now) {
        jdbc.update("INSERT INTO directory_problem (rule_id, employee_id, since) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                rule.name(), employeeId, now);
        return jdbc.query("SELECT since FROM directory_problem WHERE rule_id = ? AND employee_id = ?",
                rs -> Jdbc.instant(rs, "since"), rule.name(), employeeId).get(0);
    }

    public void closeProblem(RuleId rule, String employeeId) {
        jdbc.update("DELETE FROM directory_problem WHERE rule_id = ? AND employee_id = ?", rule.name(), employeeId);
    }

    private static UnitRow mapUnit(ResultSet rs) throws SQLException {
        return new UnitRow(rs.getString("unit_id"), rs.getString("name"), rs.getString("parent_unit_id"),
                rs.getString("manager_employee_id"), rs.getString("service_desk"), Jdbc.instant(rs, "updated_at"));
    }
}
