package se.telefonpolicy.availability.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * PostgreSQL advisory locks held until the caller's transaction ends: with several instances, one decides a
 * thing at a time and the others skip it instead of waiting (they find it done at their next run).
 */
@ApplicationScoped
public class AdvisoryLocks {

    /** The lock spaces of this service's jobs (the first key of the two-key advisory lock). */
    public enum Job {
        SERVICE_DESK_COVERAGE(16_001),
        STALE_DIVERSIONS(16_002);

        private final int key;

        Job(int key) {
            this.key = key;
        }
    }

    private final DataSource dataSource;

    public AdvisoryLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True when this transaction now holds the lock of {@code job} for {@code name}; false when another one does. */
    @Transactional(TxType.MANDATORY)
    public boolean tryLock(Job job, String name) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?, hashtext(?))")) {
            ps.setInt(1, job.key);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the advisory lock " + job + "/" + name, e);
        }
    }
}
