package se.telefonpolicy.pbxconnector.persistence;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import se.telefonpolicy.pbxconnector.domain.Directory;
import se.telefonpolicy.pbxconnector.domain.Person;

/** The local copy of the directory's extensions; the CDR mapping reads it as its {@link Directory}. */
@ApplicationScoped
public class DirectoryRepository implements PanacheRepositoryBase<DirectoryEmployeeEntity, String>, Directory {

    /** Keeps the directory's latest description; an older snapshot (a replay) does not overwrite a newer one. */
    public void save(String employeeId, String unitId, String extension, boolean active, Instant updatedAt) {
        DirectoryEmployeeEntity e = findByIdOptional(employeeId).orElseGet(DirectoryEmployeeEntity::new);
        if (e.updatedAt != null && updatedAt.isBefore(e.updatedAt)) {
            return;
        }
        e.employeeId = employeeId;
        e.unitId = unitId;
        e.extension = extension;
        e.active = active;
        e.updatedAt = updatedAt;
        persist(e);
    }

    public void remove(String employeeId) {
        deleteById(employeeId);
    }

    /** If the directory briefly gives one extension to two people (a hand-over), the latest change wins. */
    @Override
    public Optional<Person> byExtension(String extension) {
        return find("extension = ?1 and active = true order by updatedAt desc", extension).firstResultOptional()
                .map(e -> new Person(e.employeeId, e.unitId, e.extension));
    }
}
