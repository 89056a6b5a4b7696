package se.telefonpolicy.callback.persistence;

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

import se.telefonpolicy.contracts.pbx.OutboundCallPlaced;

/** The outbound calls of the last days, by number: see V6__outbound_calls.sql for why. */
@ApplicationScoped
public class OutboundCallRepository {

    private final DataSource dataSource;

    public OutboundCallRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Keeps the call (once per call id; a PBX reporting at dial time and at the end updates the answer). */
    public void remember(OutboundCallPlaced call) {
        run("""
                INSERT INTO outbound_call (call_id, employee_id, called_number, placed_at, answered) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (call_id) DO UPDATE SET answered = COALESCE(EXCLUDED.answered, outbound_call.answered)""",
                ps -> {
                    ps.setString(1, call.callId());
                    ps.setString(2, call.employeeId());
                    ps.setString(3, call.calledNumber());
                    ps.setTimestamp(4, Timestamp.from(call.placedAt()));
                    ps.setObject(5, call.answered());
                    ps.executeUpdate();
                });
    }

    /** Calls to the number placed at or after {@code from}, in the order they were placed. */
    public List<OutboundCallPlaced> toNumberSince(String number, Instant from) {
        List<OutboundCallPlaced> calls = new ArrayList<>();
        run("SELECT call_id, employee_id, placed_at, answered FROM outbound_call"
                + " WHERE called_number = ? AND placed_at >= ? ORDER BY placed_at, call_id", ps -> {
                    ps.setString(1, number);
                    ps.setTimestamp(2, Timestamp.from(from));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            calls.add(new OutboundCallPlaced(rs.getString(1), rs.getString(2), number,
                                    rs.getTimestamp(3).toInstant(), (Boolean) rs.getObject(4), null));
                        }
                    }
                });
        return calls;
    }

    /** Forgets calls placed before the instant; returns how many. */
    public int forgetPlacedBefore(Instant before) {
        int[] deleted = { 0 };
        run("DELETE FROM outbound_call WHERE placed_at < ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(before));
            deleted[0] = ps.executeUpdate();
        });
        return deleted[0];
    }

    private interface Statement {
        void run(PreparedStatement ps) throws SQLException;
    }

    private void run(String sql, Statement statement) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            statement.run(ps);
        } catch (SQLException e) {
            throw new IllegalStateException("outbound_call: " + e.getMessage(), e);
        }
    }
}
