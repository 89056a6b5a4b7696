package se.telefonpolicy.availability.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import se.telefonpolicy.availability.domain.CoverageGap;
import se.telefonpolicy.availability.domain.DayCoverage;
import se.telefonpolicy.contracts.availability.GapEndReason;

/** Where each desk's evaluation stands, its per-day totals and its gaps; in the caller's transaction. */
@ApplicationScoped
public class CoverageRepository {

    private final DataSource dataSource;

    public CoverageRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Where a desk's evaluation stands.
     *
     * @param evaluatedUntil         evaluated up to here (the watermark it last reached), whole seconds
     * @param running                the gap open at evaluatedUntil, if any
     * @param runningStartPublished  whether that gap's CoverageGapStarted went out (always, but for a gap an
     *                               older version found and held back until the grace ended)
     * @param runningBreachPublished whether that gap's ServiceDeskUnstaffed went out
     */
    public record State(String unitId, Instant evaluatedUntil, CoverageGap running, boolean runningStartPublished,
            boolean runningBreachPublished) {
    }

    public Optional<State> state(String unitId) {
        return query("""
                SELECT evaluated_until, gap_started_at, gap_available_count, gap_published, gap_breach_published
                FROM coverage_state WHERE unit_id = ?""", ps -> ps.setString(1, unitId), rs -> {
            Timestamp gapStart = rs.getTimestamp(2);
            CoverageGap running = gapStart == null ? null
                    : new CoverageGap(gapStart.toInstant(), null, null, rs.getInt(3), rs.getBoolean(5));
            return new State(unitId, rs.getTimestamp(1).toInstant(), running, rs.getBoolean(4), rs.getBoolean(5));
        }).stream().findFirst();
    }

    /** Only the evaluation holding the desk's advisory lock writes it (see CoverageCheck). */
    public void save(State state) {
        update("""
                INSERT INTO coverage_state (unit_id, evaluated_until, gap_started_at, gap_available_count, gap_published,
                    gap_breach_published) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (unit_id) DO UPDATE SET evaluated_until = EXCLUDED.evaluated_until,
                    gap_started_at = EXCLUDED.gap_started_at, gap_available_count = EXCLUDED.gap_available_count,
                    gap_published = EXCLUDED.gap_published, gap_breach_published = EXCLUDED.gap_breach_published""", ps -> {
            ps.setString(1, state.unitId());
            ps.setTimestamp(2, Timestamp.from(state.evaluatedUntil()));
            CoverageGap running = state.running();
            ps.setTimestamp(3, running == null ? null : Timestamp.from(running.startedAt()));
            if (running == null) {
                ps.setNull(4, Types.INTEGER);
            } else {
                ps.setInt(4, running.availableCount());
            }
            ps.setBoolean(5, running != null && state.runningStartPublished());
            ps.setBoolean(6, running != null && state.runningBreachPublished());
        });
    }

    /** Adds to the day's totals (one row per desk and local day). */
    public void addDay(String unitId, DayCoverage day) {
        update("""
                INSERT INTO coverage_day (unit_id, day, open_seconds, covered_seconds) VALUES (?, ?, ?, ?)
                ON CONFLICT (unit_id, day) DO UPDATE SET open_seconds = coverage_day.open_seconds + EXCLUDED.open_seconds,
                    covered_seconds = coverage_day.covered_seconds + EXCLUDED.covered_seconds""", ps -> {
            ps.setString(1, unitId);
            ps.setDate(2, Date.valueOf(day.day()));
            ps.setLong(3, day.openSeconds());
            ps.setLong(4, day.coveredSeconds());
        });
    }

    public Optional<DayCoverage> day(String unitId, LocalDate day) {
        return query("SELECT open_seconds, covered_seconds FROM coverage_day WHERE unit_id = ? AND day = ?", ps -> {
            ps.setString(1, unitId);
            ps.setDate(2, Date.valueOf(day));
        }, rs -> new DayCoverage(day, rs.getLong(1), rs.getLong(2))).stream().findFirst();
    }

    /** Writes a gap as far as it is known; a gap seen again (it ran on, or ended) replaces its row. */
    public void saveGap(String unitId, LocalDate day, CoverageGap gap) {
        update("""
                INSERT INTO coverage_gap (unit_id, started_at, day, ended_at, end_reason, available_count, breach)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (unit_id, started_at) DO UPDATE SET ended_at = EXCLUDED.ended_at,
                    end_reason = EXCLUDED.end_reason, breach = EXCLUDED.breach""", ps -> {
            ps.setString(1, unitId);
            ps.setTimestamp(2, Timestamp.from(gap.startedAt()));
            ps.setDate(3, Date.valueOf(day));
            ps.setTimestamp(4, gap.endedAt() == null ? null : Timestamp.from(gap.endedAt()));
            ps.setString(5, gap.endReason() == null ? null : gap.endReason().name());
            ps.setInt(6, gap.availableCount());
            ps.setBoolean(7, gap.breach());
        });
    }

    /** The desk's gaps that began on this local day, earliest first. */
    public List<CoverageGap> gaps(String unitId, LocalDate day) {
        return query("""
                SELECT started_at, ended_at, end_reason, available_count, breach FROM coverage_gap
                WHERE unit_id = ? AND day = ? ORDER BY started_at""", ps -> {
            ps.setString(1, unitId);
            ps.setDate(2, Date.valueOf(day));
        }, rs -> {
            Timestamp ended = rs.getTimestamp(2);
            String reason = rs.getString(3);
            return new CoverageGap(rs.getTimestamp(1).toInstant(), ended == null ? null : ended.toInstant(),
                    reason == null ? null : GapEndReason.valueOf(reason), rs.getInt(4), rs.getBoolean(5));
        });
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
            throw new IllegalStateException("Could not write the coverage", e);
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
            throw new IllegalStateException("Could not read the coverage", e);
        }
    }
}
