package se.telefonpolicy.directory.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import se.telefonpolicy.directory.domain.Unit;

/** Units as rows; the rest of the service sees only {@link Unit}. */
@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<UnitEntity, String> {

    public Optional<Unit> findUnit(String id) {
        return findByIdOptional(id).map(UnitRepository::toUnit);
    }

    public boolean exists(String id) {
        return count("id", id) > 0;
    }

    public Unit insert(Unit unit) {
        UnitEntity e = new UnitEntity();
        e.id = unit.id();
        e.name = unit.name();
        e.parentId = unit.parentId();
        e.createdAt = unit.updatedAt();
        e.updatedAt = unit.updatedAt();
        persist(e);
        return unit;
    }

    private static Unit toUnit(UnitEntity e) {
        return new Unit(e.id, e.name, e.parentId, e.updatedAt);
    }
}
