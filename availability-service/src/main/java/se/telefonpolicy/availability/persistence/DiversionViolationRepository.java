package se.telefonpolicy.availability.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import se.telefonpolicy.availability.domain.DiversionRule;
import se.telefonpolicy.availability.domain.DiversionViolation;
import se.telefonpolicy.contracts.availability.PresenceStatus;

@ApplicationScoped
public class DiversionViolationRepository implements PanacheRepositoryBase<DiversionViolationEntity, Long> {

    /*
     * Why INSERT ... ON CONFLICT DO NOTHING and not SELECT ... FOR UPDATE SKIP LOCKED: "once per
     * diversion" then rests on the unique constraint (rule, employee_id, since), a fact of the data,
     * not on who got a lock first (the stale check's advisory lock only saves work). Two instances
     * deciding at the same moment both try the insert; the second waits for the first's uncommitted
     * index entry and then does nothing, so only the first publishes DiversionViolated.
     */
    private static final String INSERT = """
            INSERT INTO diversion_violation (rule, employee_id, unit_id, status, since, return_at, violated_at, detected_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (rule, employee_id, since) DO NOTHING""";

    private final DataSource dataSource;

    public DiversionViolationRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records the violation in the caller's transaction; false when this diversion was already reported for this rule. */
    @Transactional(TxType.MANDATORY)
    public boolean record(DiversionViolation v) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, v.rule().name());
            ps.setString(2, v.employeeId());
            ps.setString(3, v.unitId());
            ps.setString(4, v.status().name());
            ps.setTimestamp(5, Timestamp.from(v.since()));
            if (v.returnAt() == null) {
                ps.setNull(6, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                ps.setTimestamp(6, Timestamp.from(v.returnAt()));
            }
            ps.setTimestamp(7, Timestamp.from(v.violatedAt()));
            ps.setTimestamp(8, Timestamp.from(v.detectedAt()));
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record a diversion violation", e);
        }
    }

    /**
     * Newest violation first (by when the rule was broken); rule and employeeId may be null.
     *
     * @param units only the people who are members of these units (a manager's subtree); null for everyone
     */
    public List<DiversionViolation> list(DiversionRule rule, String employeeId, List<String> units, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (units != null) {
            query.append(" and employeeId in (select m.employeeId from MemberEntity m where m.unitId in :units)");
            parameters.and("units", units);
        }
        if (rule != null) {
            query.append(" and rule = :rule");
            parameters.and("rule", rule.name());
        }
        if (employeeId != null) {
            query.append(" and employeeId = :employeeId");
            parameters.and("employeeId", employeeId);
        }
        return find(query.toString(), Sort.descending("violatedAt").and("id", Sort.Direction.Descending), parameters)
                .page(0, limit).list().stream()
                .map(e -> new DiversionViolation(DiversionRule.valueOf(e.rule), e.employeeId, e.unitId,
                        PresenceStatus.valueOf(e.status), e.since, e.returnAt, e.violatedAt, e.detectedAt))
                .toList();
    }
}
