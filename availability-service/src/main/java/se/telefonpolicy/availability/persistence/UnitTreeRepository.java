package se.telefonpolicy.availability.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import se.telefonpolicy.platform.security.DirectoryUnit;

/** The directory's unit tree, as far as a manager's view needs it: who is below whom, and who manages which unit. */
@ApplicationScoped
public class UnitTreeRepository {

    private final DataSource dataSource;

    public UnitTreeRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A unit's snapshot; an older one than stored changes nothing. */
    public void save(String unitId, String parentId, String managerEmployeeId, Instant updatedAt) {
        upsert(unitId, parentId, managerEmployeeId, false, updatedAt);
    }

    /** A tombstone; the row stays, marked deleted. */
    public void delete(String unitId, Instant deletedAt) {
        upsert(unitId, null, null, true, deletedAt);
    }

    /** Every unit that is not deleted, with its parent and manager. */
    public List<DirectoryUnit> units() {
        List<DirectoryUnit> units = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT unit_id, parent_id, manager_employee_id FROM unit_node WHERE NOT deleted");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                units.add(new DirectoryUnit(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the unit tree", e);
        }
        return units;
    }

    private void upsert(String unitId, String parentId, String managerEmployeeId, boolean deleted, Instant updatedAt) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO unit_node (unit_id, parent_id, manager_employee_id, deleted, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (unit_id) DO UPDATE SET parent_id = excluded.parent_id,
                    manager_employee_id = excluded.manager_employee_id, deleted = excluded.deleted,
                    updated_at = excluded.updated_at
                WHERE unit_node.updated_at <= excluded.updated_at""")) {
            ps.setString(1, unitId);
            ps.setString(2, parentId);
            ps.setString(3, managerEmployeeId);
            ps.setBoolean(4, deleted);
            ps.setTimestamp(5, Timestamp.from(updatedAt));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store unit " + unitId, e);
        }
    }
}
