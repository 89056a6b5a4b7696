package se.telefonpolicy.callback.persistence;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import se.telefonpolicy.callback.domain.Absence;
import se.telefonpolicy.contracts.availability.DivertTargetKind;
import se.telefonpolicy.contracts.availability.PresenceStatus;

/**
 * Each employee's presence history: what they were at any moment of the last days, whatever order the changes
 * were read in. Maps between the rows and the domain.
 */
@ApplicationScoped
public class AbsenceRepository implements PanacheRepositoryBase<EmployeeStatusEntity, EmployeeStatusEntity.Key> {

    /** The status in force at {@code at}: the latest change at or before it; empty if none is known. */
    public Optional<Absence> asOf(String employeeId, Instant at) {
        return find("employeeId = ?1 and changedAt <= ?2", Sort.descending("changedAt"), employeeId, at)
                .firstResultOptional().map(AbsenceRepository::toAbsence);
    }

    /**
     * Adds the change to the history. Two changes at the same instant keep the one that prevails, whichever came
     * first ({@link Absence#prevailsOver}); returns false if the stored one stands.
     */
    public boolean record(Absence absence) {
        EmployeeStatusEntity e = findByIdOptional(new EmployeeStatusEntity.Key(absence.employeeId(), absence.changedAt()))
                .orElse(null);
        if (e != null && !absence.prevailsOver(toAbsence(e))) {
            return false;
        }
        boolean isNew = e == null;
        if (isNew) {
            e = new EmployeeStatusEntity();
            e.employeeId = absence.employeeId();
            e.changedAt = absence.changedAt();
        }
        e.status = absence.status().name();
        e.returnAt = absence.returnAt();
        e.divertKind = absence.divertKind() == null ? null : absence.divertKind().name();
        e.divertTargetId = absence.divertTargetId();
        e.unitId = absence.unitId();
        if (isNew) {
            // the insert takes the state at persist time: filled in first
            persist(e);
        }
        return true;
    }

    /**
     * Forgets the changes no decision can ask about any more: those replaced before {@code cutoff} by a later one
     * that was also before it (the status in force at the cutoff stays). Returns how many.
     */
    public int forgetReplacedBefore(Instant cutoff) {
        return getEntityManager().createNativeQuery("""
                DELETE FROM employee_status s
                WHERE s.changed_at < ?1
                  AND EXISTS (SELECT 1 FROM employee_status later WHERE later.employee_id = s.employee_id
                              AND later.changed_at > s.changed_at AND later.changed_at <= ?1)""")
                .setParameter(1, cutoff).executeUpdate();
    }

    private static Absence toAbsence(EmployeeStatusEntity e) {
        return new Absence(e.employeeId, e.unitId, PresenceStatus.valueOf(e.status), e.returnAt,
                e.divertKind == null ? null : DivertTargetKind.valueOf(e.divertKind), e.divertTargetId, e.changedAt);
    }
}
