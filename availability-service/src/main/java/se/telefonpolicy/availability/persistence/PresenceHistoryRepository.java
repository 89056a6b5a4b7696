package se.telefonpolicy.availability.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import se.telefonpolicy.availability.domain.Presence;
import se.telefonpolicy.contracts.availability.DivertTarget;
import se.telefonpolicy.contracts.availability.DivertTargetKind;
import se.telefonpolicy.contracts.availability.PresenceSource;
import se.telefonpolicy.contracts.availability.PresenceStatus;

/**
 * Everyone's presence changes as they happened (presence_change), in the caller's transaction. Coverage counts
 * whole seconds, so the desk queries compare the second a change takes effect in ({@code date_trunc}).
 */
@ApplicationScoped
public class PresenceHistoryRepository {

    private static final String COLUMNS = "employee_id, changed_at, status, return_at, message, divert_kind, "
            + "divert_target_id, source, unit_id";

    private final DataSource dataSource;

    public PresenceHistoryRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A diversion whose DIVERSION_STALE is not decided yet, with the instant of the person's next change if known. */
    public record PendingDiversion(Presence diversion, String unitId, Instant nextChangeAt) {
    }

    /**
     * Keeps the change. The same person and instant again (only a repeated report) replaces it, as the current
     * presence does; a diversion with a return time waits for its DIVERSION_STALE decision.
     */
    public void record(Presence change, String unitId) {
        boolean needsStaleDecision = change.status().requiresReturnTime() && change.returnAt() != null;
        update("""
                INSERT INTO presence_change (%s, stale_decided) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (employee_id, changed_at) DO UPDATE SET status = EXCLUDED.status, return_at = EXCLUDED.return_at,
                    message = EXCLUDED.message, divert_kind = EXCLUDED.divert_kind, divert_target_id = EXCLUDED.divert_target_id,
                    source = EXCLUDED.source, unit_id = EXCLUDED.unit_id, stale_decided = EXCLUDED.stale_decided"""
                .formatted(COLUMNS), ps -> {
                    ps.setString(1, change.employeeId());
                    ps.setTimestamp(2, Timestamp.from(change.since()));
                    ps.setString(3, change.status().name());
                    ps.setTimestamp(4, change.returnAt() == null ? null : Timestamp.from(change.returnAt()));
                    ps.setString(5, change.message());
                    ps.setString(6, change.divertTarget() == null ? null : change.divertTarget().kind().name());
                    ps.setString(7, change.divertTarget() == null ? null : change.divertTarget().targetId());
                    ps.setString(8, change.source().name());
                    ps.setString(9, unitId);
                    ps.setBoolean(10, !needsStaleDecision);
                });
    }

    /** The earliest change of any of these people at or before {@code upTo}. */
    public Optional<Instant> earliest(Collection<String> employeeIds, Instant upTo) {
        if (employeeIds.isEmpty()) {
            return Optional.empty();
        }
        return query("SELECT min(changed_at) FROM presence_change WHERE employee_id = ANY(?) AND changed_at <= ?", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("text", employeeIds.toArray()));
            ps.setTimestamp(2, Timestamp.from(upTo));
        }, rs -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant()).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /** Those of these people whose latest change taking effect by {@code at} (whole second) made them staffed. */
    public Set<String> staffedAt(Collection<String> employeeIds, Instant at) {
        if (employeeIds.isEmpty()) {
            return Set.of();
        }
        List<Presence> latest = query("SELECT DISTINCT ON (employee_id) " + COLUMNS + """
                 FROM presence_change WHERE employee_id = ANY(?) AND date_trunc('second', changed_at) <= ?
                ORDER BY employee_id, changed_at DESC""", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("text", employeeIds.toArray()));
            ps.setTimestamp(2, Timestamp.from(at));
        }, PresenceHistoryRepository::presence);
        Set<String> staffed = new HashSet<>();
        latest.stream().filter(Presence::staffed).forEach(p -> staffed.add(p.employeeId()));
        return staffed;
    }

    /** These people's changes taking effect after {@code after} and by {@code upTo} (whole seconds), in event-time order. */
    public List<Presence> changesBetween(Collection<String> employeeIds, Instant after, Instant upTo) {
        if (employeeIds.isEmpty()) {
            return List.of();
        }
        return query("SELECT " + COLUMNS + """
                 FROM presence_change WHERE employee_id = ANY(?)
                AND date_trunc('second', changed_at) > ? AND date_trunc('second', changed_at) <= ?
                ORDER BY changed_at, employee_id""", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("text", employeeIds.toArray()));
            ps.setTimestamp(2, Timestamp.from(after));
            ps.setTimestamp(3, Timestamp.from(upTo));
        }, PresenceHistoryRepository::presence);
    }

    /**
     * Undecided diversions that may be decidable now: the person changed since, or the return time is before
     * {@code returnBefore} (the watermark less the grace; null while there is no watermark). Earliest return first.
     */
    public List<PendingDiversion> decidableDiversions(Instant returnBefore, int limit) {
        return query("SELECT " + COLUMNS + """
                , (SELECT min(n.changed_at) FROM presence_change n
                   WHERE n.employee_id = c.employee_id AND n.changed_at > c.changed_at) AS next_at
                FROM presence_change c WHERE NOT c.stale_decided
                AND (c.return_at < ? OR EXISTS (SELECT 1 FROM presence_change n
                                                WHERE n.employee_id = c.employee_id AND n.changed_at > c.changed_at))
                ORDER BY c.return_at, c.employee_id LIMIT ?""", ps -> {
            ps.setTimestamp(1, returnBefore == null ? null : Timestamp.from(returnBefore));
            ps.setInt(2, limit);
        }, rs -> new PendingDiversion(presence(rs), rs.getString("unit_id"),
                rs.getTimestamp("next_at") == null ? null : rs.getTimestamp("next_at").toInstant()));
    }

    public void markStaleDecided(String employeeId, Instant since) {
        update("UPDATE presence_change SET stale_decided = TRUE WHERE employee_id = ? AND changed_at = ?", ps -> {
            ps.setString(1, employeeId);
            ps.setTimestamp(2, Timestamp.from(since));
        });
    }

    private static Presence presence(ResultSet rs) throws SQLException {
        String kind = rs.getString("divert_kind");
        DivertTarget target = kind == null ? null
                : new DivertTarget(DivertTargetKind.valueOf(kind), rs.getString("divert_target_id"));
        Timestamp returnAt = rs.getTimestamp("return_at");
        return new Presence(rs.getString("employee_id"), PresenceStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("changed_at").toInstant(), returnAt == null ? null : returnAt.toInstant(),
                rs.getString("message"), target, PresenceSource.valueOf(rs.getString("source")));
    }

    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the presence history", e);
        }
    }

    private <T> List<T> query(String sql, Binder binder, Row<T> row) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.map(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the presence history", e);
        }
    }
}
