package se.telefonpolicy.directory.persistence;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import se.telefonpolicy.contracts.directory.ServiceDesk;
import se.telefonpolicy.directory.domain.Unit;

/** Units as rows; the rest of the service sees only {@link Unit}. */
@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<UnitEntity, String> {

    private static final TypeReference<ServiceDesk> SERVICE_DESK = new TypeReference<>() {
    };

    public Optional<Unit> findUnit(String id) {
        return findByIdOptional(id).map(UnitRepository::toUnit);
    }

    public List<Unit> allUnits() {
        return listAll(Sort.by("id")).stream().map(UnitRepository::toUnit).toList();
    }

    public Set<String> allIds() {
        return getEntityManager().createQuery("SELECT u.id FROM UnitEntity u", String.class).getResultStream()
                .collect(Collectors.toSet());
    }

    public boolean isEmpty() {
        return count() == 0;
    }

    public boolean exists(String id) {
        return count("id", id) > 0;
    }

    public boolean hasChildren(String id) {
        return count("parentId", id) > 0;
    }

    public boolean isManagedBy(String employeeId) {
        return count("managerEmployeeId", employeeId) > 0;
    }

    public Unit insert(Unit unit) {
        UnitEntity e = new UnitEntity();
        e.id = unit.id();
        e.createdAt = unit.updatedAt();
        copy(unit, e);
        persist(e);
        return unit;
    }

    public Unit update(Unit unit) {
        copy(unit, findById(unit.id()));
        return unit;
    }

    public void delete(String id) {
        deleteById(id);
    }

    private static void copy(Unit unit, UnitEntity e) {
        e.name = unit.name();
        e.parentId = unit.parentId();
        e.managerEmployeeId = unit.managerEmployeeId();
        e.phoneNumber = unit.phoneNumber();
        e.email = unit.email();
        e.serviceDesk = Json.write(unit.serviceDesk());
        e.missedCallsCreateTasks = unit.missedCallsCreateTasks();
        e.updatedAt = unit.updatedAt();
    }

    private static Unit toUnit(UnitEntity e) {
        return new Unit(e.id, e.name, e.parentId, e.managerEmployeeId, e.phoneNumber, e.email,
                Json.read(e.serviceDesk, SERVICE_DESK), e.missedCallsCreateTasks, e.updatedAt);
    }
}
