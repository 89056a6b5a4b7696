package se.telefonpolicy.availability.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import se.telefonpolicy.availability.domain.DayCoverage;
import se.telefonpolicy.contracts.availability.PresenceStatus;

/** Live coverage state and per-day totals of the service desks. */
@ApplicationScoped
public class CoverageRepository {

    private final EntityManager em;

    public CoverageRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Starts tracking a desk at {@code now}; false when it is tracked already. ON CONFLICT lets two
     * instances race here harmlessly.
     */
    public boolean startTracking(String unitId, Instant now, int staffedCount) {
        return em.createNativeQuery("""
                INSERT INTO coverage_state (unit_id, evaluated_until, staffed_count, gap_published)
                VALUES (?1, ?2, ?3, FALSE) ON CONFLICT (unit_id) DO NOTHING""")
                .setParameter(1, unitId).setParameter(2, now).setParameter(3, staffedCount)
                .executeUpdate() == 1;
    }

    /**
     * The desk's state, row-locked until the transaction ends: with several instances one evaluates
     * a desk at a time and the next sees what it wrote, so each gap is published once.
     */
    public CoverageStateEntity lockState(String unitId) {
        return em.find(CoverageStateEntity.class, unitId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Adds to the day's totals (one row per desk and local day). */
    public void addDay(String unitId, DayCoverage day) {
        em.createNativeQuery("""
                INSERT INTO coverage_day (unit_id, day, open_seconds, covered_seconds) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (unit_id, day) DO UPDATE SET open_seconds = coverage_day.open_seconds + EXCLUDED.open_seconds,
                    covered_seconds = coverage_day.covered_seconds + EXCLUDED.covered_seconds""")
                .setParameter(1, unitId).setParameter(2, day.day()).setParameter(3, day.openSeconds())
                .setParameter(4, day.coveredSeconds())
                .executeUpdate();
    }

    public Optional<DayCoverage> day(String unitId, LocalDate day) {
        List<?> rows = em.createNativeQuery(
                "SELECT open_seconds, covered_seconds FROM coverage_day WHERE unit_id = ?1 AND day = ?2")
                .setParameter(1, unitId).setParameter(2, day).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new DayCoverage(day, ((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        });
    }

    /** Active members of the unit who can answer (AVAILABLE or IN_CALL) now. */
    public int staffedCount(String unitId) {
        return em.createQuery("""
                select count(p) from PresenceEntity p, MemberEntity m
                where m.employeeId = p.employeeId and m.unitId = ?1 and m.active = true and p.status in ?2""", Long.class)
                .setParameter(1, unitId)
                .setParameter(2, List.of(PresenceStatus.AVAILABLE.name(), PresenceStatus.IN_CALL.name()))
                .getSingleResult().intValue();
    }
}
