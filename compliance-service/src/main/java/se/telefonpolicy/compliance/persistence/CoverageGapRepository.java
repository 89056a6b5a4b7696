package se.telefonpolicy.compliance.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import se.telefonpolicy.compliance.domain.CoverageGap;

/** Service-desk coverage gaps from availability.coverage.v1. */
@ApplicationScoped
public class CoverageGapRepository {

    private static final String COLUMNS = "gap_id, unit_id, started_at, ended_at";

    private final Jdbc jdbc;

    public CoverageGapRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void started(String gapId, String unitId, Instant startedAt) {
        jdbc.update("INSERT INTO coverage_gap (gap_id, unit_id, started_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                gapId, unitId, startedAt);
    }

    /** The end carries the start too, so a gap whose start was never seen is still complete. */
    public void ended(String gapId, String unitId, Instant startedAt, Instant endedAt) {
        jdbc.update("""
                INSERT INTO coverage_gap (gap_id, unit_id, started_at, ended_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (gap_id) DO UPDATE SET ended_at = excluded.ended_at""", gapId, unitId, startedAt, endedAt);
    }

    public List<CoverageGap> open() {
        return jdbc.query("SELECT " + COLUMNS + " FROM coverage_gap WHERE ended_at IS NULL", CoverageGapRepository::map);
    }

    public List<CoverageGap> overlapping(String[] unitIds, Instant from, Instant to) {
        return jdbc.query("SELECT " + COLUMNS + " FROM coverage_gap WHERE unit_id = ANY(?) AND started_at < ? "
                + "AND (ended_at IS NULL OR ended_at > ?)", CoverageGapRepository::map, unitIds, to, from);
    }

    private static CoverageGap map(ResultSet rs) throws SQLException {
        return new CoverageGap(rs.getString("gap_id"), rs.getString("unit_id"), Jdbc.instant(rs, "started_at"),
                Jdbc.instant(rs, "ended_at"));
    }
}
