package se.telefonpolicy.directory.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/** Import jobs and their rejected rows, in plain SQL (counters are added to, never read and written back). */
@ApplicationScoped
public class ImportJobRepository {

    public enum State {
        QUEUED, RUNNING, SUCCEEDED, FAILED
    }

    public record Job(UUID id, State state, boolean full, String submittedBy, long fileBytes, long bytesRead,
            int rowsRead, int created, int updated, int unchanged, int deactivated, int rejected,
            List<String> ignoredColumns, String failure, Instant createdAt, Instant startedAt, Instant finishedAt) {
    }

    public record RejectedRow(long line, String hrId, String reason) {
    }

    /** What one batch added to a job's counters. */
    public record Progress(long bytesRead, int rowsRead, int created, int updated, int unchanged, int deactivated,
            List<RejectedRow> rejected) {
    }

    private static final String COLUMNS = """
            id, state, full_import, submitted_by, file_bytes, bytes_read, rows_read, created, updated, unchanged,
            deactivated, rejected, ignored_columns, failure, created_at, started_at, finished_at""";

    private final DataSource dataSource;

    public ImportJobRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public void create(UUID id, boolean full, String submittedBy, long fileBytes, List<String> ignoredColumns, Instant at) {
        update("""
                INSERT INTO import_job (id, state, full_import, submitted_by, file_bytes, ignored_columns, created_at)
                VALUES (?, 'QUEUED', ?, ?, ?, ?, ?)""", id, full, submittedBy, fileBytes, String.join("|", ignoredColumns),
                Timestamp.from(at));
    }

    @Transactional
    public void started(UUID id, Instant at) {
        update("UPDATE import_job SET state = 'RUNNING', started_at = ? WHERE id = ?", Timestamp.from(at), id);
    }

    /** Adds a batch's counts and rejected rows, in the transaction that wrote the batch. */
    @Transactional(TxType.MANDATORY)
    public void addProgress(UUID id, Progress p) {
        update("""
                UPDATE import_job SET bytes_read = greatest(bytes_read, ?), rows_read = rows_read + ?, created = created + ?,
                  updated = updated + ?, unchanged = unchanged + ?, deactivated = deactivated + ?, rejected = rejected + ?
                WHERE id = ?""", p.bytesRead(), p.rowsRead(), p.created(), p.updated(), p.unchanged(), p.deactivated(),
                p.rejected().size(), id);
        if (p.rejected().isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO import_rejected_row (job_id, line, hr_id, reason) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (RejectedRow r : p.rejected()) {
                ps.setObject(1, id);
                ps.setLong(2, r.line());
                ps.setString(3, r.hrId());
                ps.setString(4, r.reason());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record rejected rows", e);
        }
    }

    @Transactional
    public void finished(UUID id, Instant at) {
        update("UPDATE import_job SET state = 'SUCCEEDED', bytes_read = file_bytes, finished_at = ? WHERE id = ?",
                Timestamp.from(at), id);
    }

    @Transactional
    public void failed(UUID id, String reason, Instant at) {
        update("UPDATE import_job SET state = 'FAILED', failure = ?, finished_at = ? WHERE id = ? AND state IN ('QUEUED', 'RUNNING')",
                reason, Timestamp.from(at), id);
    }

    @Transactional
    public Optional<Job> find(UUID id) {
        List<Job> jobs = query("SELECT " + COLUMNS + " FROM import_job WHERE id = ?", id);
        return jobs.stream().findFirst();
    }

    @Transactional
    public List<Job> latest(int limit) {
        return query("SELECT " + COLUMNS + " FROM import_job ORDER BY created_at DESC LIMIT ?", limit);
    }

    @Transactional
    public List<UUID> unfinished() {
        return query("SELECT " + COLUMNS + " FROM import_job WHERE state IN ('QUEUED', 'RUNNING')").stream()
                .map(Job::id).toList();
    }

    @Transactional
    public List<RejectedRow> rejectedRows(UUID id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT line, hr_id, reason FROM import_rejected_row WHERE job_id = ? ORDER BY line")) {
            ps.setObject(1, id);
            List<RejectedRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new RejectedRow(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read rejected rows", e);
        }
    }

    private void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write import job", e);
        }
    }

    private List<Job> query(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            List<Job> jobs = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String ignored = rs.getString("ignored_columns");
                    jobs.add(new Job(rs.getObject("id", UUID.class), State.valueOf(rs.getString("state")),
                            rs.getBoolean("full_import"), rs.getString("submitted_by"), rs.getLong("file_bytes"),
                            rs.getLong("bytes_read"), rs.getInt("rows_read"), rs.getInt("created"), rs.getInt("updated"),
                            rs.getInt("unchanged"), rs.getInt("deactivated"), rs.getInt("rejected"),
                            ignored.isEmpty() ? List.of() : List.of(ignored.split("\\|")), rs.getString("failure"),
                            instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "finished_at")));
                }
            }
            return jobs;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read import jobs", e);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }
}
