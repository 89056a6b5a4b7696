package se.telefonpolicy.directory.api;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.telefonpolicy.contracts.directory.EmployeeRole;

/**
 * An employee as the administrator enters them (POST creates, PUT replaces every field). {@code id}
 * is the id the municipality's tokens carry ({@code employee_id}); required on POST, and on PUT
 * either left out or the same as in the path. Names, unit and numbers may be missing: an incomplete
 * entry is reported by DIRECTORY_CORRECT rather than refused.
 */
public record EmployeeRequest(
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}", message = "letters, digits, '.', '_' and '-', at most 64") String id,
        @Size(max = 64) String hrId,
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Size(max = 200) String title,
        String unitId,
        @Pattern(regexp = "\\d{2,8}", message = "2 to 8 digits") String extension,
        List<PhoneNumberRequest> phoneNumbers,
        @Email @Size(max = 200) String email,
        EmployeeRole role,
        boolean voicemailEnabled,
        GreetingRequest greeting,
        List<@NotBlank @Size(max = 100) String> responsibilities,
        Boolean active) {
}
