package se.telefonpolicy.compliance.domain;

import java.time.Instant;
import java.util.Objects;

import se.telefonpolicy.contracts.directory.EmployeeSnapshot;

/**
 * What the directory rules look at in an employee's snapshot; names and numbers themselves are not kept.
 *
 * @param greetingSeconds       the greeting's length; null when none is recorded
 * @param requiredFieldsMissing first or last name, unit, or every number (phone and extension) missing
 */
public record EmployeeFacts(String employeeId, String unitId, boolean active, boolean voicemailEnabled,
        Integer greetingSeconds, boolean requiredFieldsMissing, Instant verifiedAt, Instant updatedAt) {

    public EmployeeFacts {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The same required fields as directory-service's own quality check (title is optional). */
    public static EmployeeFacts of(EmployeeSnapshot s) {
        boolean missing = s.firstName() == null || s.lastName() == null || s.unitId() == null
                || (s.phoneNumbers().isEmpty() && s.extension() == null);
        return new EmployeeFacts(s.employeeId(), s.unitId(), s.active(), s.voicemailEnabled(),
                s.greeting() == null ? null : s.greeting().lengthSeconds(), missing, s.verifiedAt(), s.updatedAt());
    }
}
