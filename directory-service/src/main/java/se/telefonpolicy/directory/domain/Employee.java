package se.telefonpolicy.directory.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import se.telefonpolicy.contracts.directory.EmployeeRole;
import se.telefonpolicy.contracts.directory.Greeting;
import se.telefonpolicy.contracts.directory.PhoneNumber;

/**
 * A person in the directory. Names, unit and numbers may be missing: an incomplete entry is what
 * DIRECTORY_CORRECT reports, so it is stored rather than refused.
 */
public record Employee(String id, String hrId, String firstName, String lastName, String title, String unitId,
        String extension, List<PhoneNumber> phoneNumbers, String email, EmployeeRole role, boolean voicemailEnabled,
        Greeting greeting, List<String> responsibilities, Instant verifiedAt, boolean active, Instant updatedAt) {

    public Employee {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(updatedAt, "updatedAt");
        phoneNumbers = phoneNumbers == null ? List.of() : List.copyOf(phoneNumbers);
        responsibilities = responsibilities == null ? List.of() : List.copyOf(responsibilities);
    }

    /** What an employee may correct about themself; unit, role, HR id, voicemail and greeting are the administrator's. */
    public Employee withOwnDetails(OwnDetails details, Instant at) {
        return new Employee(id, hrId, details.firstName(), details.lastName(), details.title(), unitId,
                details.extension(), details.phoneNumbers(), details.email(), role, voicemailEnabled, greeting,
                details.responsibilities(), verifiedAt, active, at);
    }

    /** The employee confirmed that their details are correct (DIRECTORY_CORRECT asks for this every 365 days). */
    public Employee confirmedAt(Instant at) {
        return new Employee(id, hrId, firstName, lastName, title, unitId, extension, phoneNumbers, email, role,
                voicemailEnabled, greeting, responsibilities, at, active, at);
    }

    /** Left the organisation (missing from a full HR import): kept, but no longer searched or checked. */
    public Employee deactivated(Instant at) {
        return new Employee(id, hrId, firstName, lastName, title, unitId, extension, phoneNumbers, email, role,
                voicemailEnabled, greeting, responsibilities, verifiedAt, false, at);
    }

    public record OwnDetails(String firstName, String lastName, String title, String extension,
            List<PhoneNumber> phoneNumbers, String email, List<String> responsibilities) {
    }
}
