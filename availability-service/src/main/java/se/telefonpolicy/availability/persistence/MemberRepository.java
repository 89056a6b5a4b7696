package se.telefonpolicy.availability.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import se.telefonpolicy.availability.domain.Member;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<MemberEntity, String> {

    /** Keeps the directory's latest description; an older snapshot (a replay) does not overwrite a newer one. */
    public void save(Member m) {
        MemberEntity e = findByIdOptional(m.employeeId()).orElseGet(MemberEntity::new);
        if (e.updatedAt != null && m.updatedAt().isBefore(e.updatedAt)) {
            return;
        }
        e.employeeId = m.employeeId();
        e.unitId = m.unitId();
        e.firstName = m.firstName();
        e.lastName = m.lastName();
        e.title = m.title();
        e.extension = m.extension();
        e.active = m.active();
        e.updatedAt = m.updatedAt();
        persist(e);
    }

    public void remove(String employeeId) {
        deleteById(employeeId);
    }

    /** Whether the directory has told of the employee (a tombstone removes them). */
    public boolean isKnown(String employeeId) {
        return employeeId != null && findByIdOptional(employeeId).isPresent();
    }

    public Optional<String> unitOf(String employeeId) {
        return employeeId == null ? Optional.empty() : findByIdOptional(employeeId).map(e -> e.unitId);
    }

    public List<Member> activeInUnit(String unitId) {
        return list("unitId = ?1 and active = true", unitId).stream()
                .map(e -> new Member(e.employeeId, e.unitId, e.firstName, e.lastName, e.title, e.extension, e.active,
                        e.updatedAt))
                .toList();
    }
}
