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

/** The directory's unit tree, as far as a manager's view needs it: who is below whom. */
@ApplicationScoped
public class UnitTreeRepository {

    private final DataSource dataSource;

    public UnitTreeRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A unit's snapshot; an older one than stored changes nothing. */
    public void save(String unitId, String parentId, Instant updatedAt) {
        upsert(unitId, parentId, false, updatedAt);
    }

    /** A tombstone; the row stays, marked deleted. */
    public void delete(String unitId, Instant deletedAt) {
        upsert(unitId, null, true, deletedAt);
    }

    /** The unit and every unit below it that is not deleted (the unit itself even if unknown). */
    public List<String> subtree(String unitId) {
        List<String> units = new ArrayList<>(List.of(unitId));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                WITH RECURSIVE below(unit_id) AS (
                    SELECT unit_id FROM unit_node WHERE parent_id = ? AND NOT deleted
                    UNION
                    SELECT n.unit_id FROM unit_node n JOIN below b ON n.parent_id = b.unit_id WHERE NOT n.deleted)
                SELECT unit_id FROM below""")) {
            ps.setString(1, unitId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    units.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the unit tree", e);
        }
        return units;
    }

    private void upsert(String unitId, String parentId, boolean deleted, Instant updatedAt) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO unit_node (unit_id, parent_id, deleted, updated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (unit_id) DO UPDATE SET parent_id = excluded.parent_id, deleted = excluded.deleted,
                    updated_at = excluded.updated_at
                WHERE unit_node.updated_at <= excluded.updated_at""")) {
            ps.setString(1, unitId);
            ps.setString(2, parentId);
            ps.setBoolean(3, deleted);
            ps.setTimestamp(4, Timestamp.from(updatedAt));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store unit " + unitId, e);
        }
    }
}
