package se.telefonpolicy.directory.api;

import java.time.Instant;
import java.util.List;

import se.telefonpolicy.contracts.directory.EmployeeRole;
import se.telefonpolicy.contracts.directory.Greeting;
import se.telefonpolicy.contracts.directory.PhoneNumber;
import se.telefonpolicy.directory.domain.Employee;

public record EmployeeView(String id, String hrId, String firstName, String lastName, String title, String unitId,
        String extension, List<PhoneNumber> phoneNumbers, String email, EmployeeRole role, boolean voicemailEnabled,
        Greeting greeting, List<String> responsibilities, Instant verifiedAt, boolean active, Instant updatedAt) {

    static EmployeeView of(Employee e) {
        return new EmployeeView(e.id(), e.hrId(), e.firstName(), e.lastName(), e.title(), e.unitId(), e.extension(),
                e.phoneNumbers(), e.email(), e.role(), e.voicemailEnabled(), e.greeting(), e.responsibilities(),
                e.verifiedAt(), e.active(), e.updatedAt());
    }
}
