package se.telefonpolicy.directory.persistence;

import java.util.Collection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import se.telefonpolicy.contracts.directory.EmployeeRole;
import se.telefonpolicy.contracts.directory.Greeting;
import se.telefonpolicy.contracts.directory.PhoneNumber;
import se.telefonpolicy.directory.domain.Employee;

/** Employees as rows; the rest of the service sees only {@link Employee}. */
@ApplicationScoped
public class EmployeeRepository implements PanacheRepositoryBase<EmployeeEntity, String> {

    private static final TypeReference<List<PhoneNumber>> PHONE_NUMBERS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };

    public Optional<Employee> findEmployee(String id) {
        return findByIdOptional(id).map(EmployeeRepository::toEmployee);
    }

    /** Everyone, or the members of one unit. */
    public List<Employee> list(String unitId) {
        var rows = unitId == null ? listAll(Sort.by("id")) : list("unitId", Sort.by("id"), unitId);
        return rows.stream().map(EmployeeRepository::toEmployee).toList();
    }

    public boolean exists(String id) {
        return count("id", id) > 0;
    }

    /** Another employee holding this HR id, if any. */
    public boolean hrIdTakenByOther(String hrId, String employeeId) {
        return hrId != null && count("hrId = ?1 and id <> ?2", hrId, employeeId) > 0;
    }

    public boolean anyIn(String unitId) {
        return count("unitId", unitId) > 0;
    }

    /** The stored employees with these HR ids, by HR id. */
    public Map<String, Employee> findByHrIds(Collection<String> hrIds) {
        if (hrIds.isEmpty()) {
            return Map.of();
        }
        return list("hrId in ?1", hrIds).stream().map(EmployeeRepository::toEmployee)
                .collect(Collectors.toMap(Employee::hrId, e -> e));
    }

    /** The stored employees with these ids, by id. */
    public Map<String, Employee> findEmployeesByIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream().map(EmployeeRepository::toEmployee)
                .collect(Collectors.toMap(Employee::id, e -> e));
    }

    /**
     * The ids of the active employees that came from the HR system (have an HR id) whose HR id is not
     * among {@code hrIds}. Employees entered by hand without an HR id are not the HR system's to end.
     */
    @Transactional
    public List<String> activeHrIdsOutside(Set<String> hrIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("SELECT id, hr_id FROM employee WHERE active AND hr_id IS NOT NULL ORDER BY id").getResultList();
        List<String> result = new ArrayList<>();
        rows.stream().filter(r -> !hrIds.contains((String) r[1])).forEach(r -> result.add((String) r[0]));
        return result;
    }

    /** Writes what an import batch changed and lets go of the rows, so a long import keeps a small session. */
    public void saveBatch(List<Employee> created, List<Employee> changed) {
        created.forEach(this::insert);
        changed.forEach(this::update);
        getEntityManager().flush();
        getEntityManager().clear();
    }

    public Employee insert(Employee employee) {
        EmployeeEntity e = new EmployeeEntity();
        e.id = employee.id();
        e.createdAt = employee.updatedAt();
        copy(employee, e);
        persist(e);
        return employee;
    }

    public Employee update(Employee employee) {
        copy(employee, findById(employee.id()));
        return employee;
    }

    public void delete(String id) {
        deleteById(id);
    }

    private static void copy(Employee employee, EmployeeEntity e) {
        e.hrId = employee.hrId();
        e.firstName = employee.firstName();
        e.lastName = employee.lastName();
        e.title = employee.title();
        e.unitId = employee.unitId();
        e.extension = employee.extension();
        e.phoneNumbers = Json.write(employee.phoneNumbers());
        e.email = employee.email();
        e.role = employee.role() == null ? null : employee.role().name();
        e.voicemailEnabled = employee.voicemailEnabled();
        e.greetingRecordedAt = employee.greeting() == null ? null : employee.greeting().recordedAt();
        e.greetingLengthSeconds = employee.greeting() == null ? null : employee.greeting().lengthSeconds();
        e.responsibilities = Json.write(employee.responsibilities());
        e.verifiedAt = employee.verifiedAt();
        e.active = employee.active();
        e.updatedAt = employee.updatedAt();
    }

    private static Employee toEmployee(EmployeeEntity e) {
        return new Employee(e.id, e.hrId, e.firstName, e.lastName, e.title, e.unitId, e.extension,
                Json.read(e.phoneNumbers, PHONE_NUMBERS), e.email, e.role == null ? null : EmployeeRole.valueOf(e.role),
                e.voicemailEnabled,
                e.greetingRecordedAt == null ? null : new Greeting(e.greetingRecordedAt, e.greetingLengthSeconds),
                Json.read(e.responsibilities, TEXTS), e.verifiedAt, e.active, e.updatedAt);
    }
}
