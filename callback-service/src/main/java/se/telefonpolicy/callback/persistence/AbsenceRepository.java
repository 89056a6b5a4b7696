package se.telefonpolicy.callback.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import se.telefonpolicy.callback.domain.Absence;
import se.telefonpolicy.contracts.availability.DivertTargetKind;
import se.telefonpolicy.contracts.availability.PresenceStatus;

/** Each employee's latest presence; maps between the row and the domain. */
@ApplicationScoped
public class AbsenceRepository implements PanacheRepositoryBase<EmployeeAbsenceEntity, String> {

    public Optional<Absence> findFor(String employeeId) {
        return findByIdOptional(employeeId).map(AbsenceRepository::toAbsence);
    }

    /** Stores the presence unless a more recent one is stored already; false if it was older. */
    public boolean storeIfNewer(Absence absence) {
        EmployeeAbsenceEntity e = findByIdOptional(absence.employeeId()).orElse(null);
        if (e != null && !absence.supersedes(toAbsence(e))) {
            return false;
        }
        boolean isNew = e == null;
        if (isNew) {
            e = new EmployeeAbsenceEntity();
            e.employeeId = absence.employeeId();
        }
        e.status = absence.status().name();
        e.returnAt = absence.returnAt();
        e.divertKind = absence.divertKind() == null ? null : absence.divertKind().name();
        e.divertTargetId = absence.divertTargetId();
        e.unitId = absence.unitId();
        e.changedAt = absence.changedAt();
        if (isNew) {
            // the insert takes the state at persist time: filled in first
            persist(e);
        }
        return true;
    }

    private static Absence toAbsence(EmployeeAbsenceEntity e) {
        return new Absence(e.employeeId, e.unitId, PresenceStatus.valueOf(e.status), e.returnAt,
                e.divertKind == null ? null : DivertTargetKind.valueOf(e.divertKind), e.divertTargetId, e.changedAt);
    }
}
