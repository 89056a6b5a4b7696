package se.telefonpolicy.directory.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

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
