package se.telefonpolicy.directory.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The whole unit as it should be (PUT replaces every field). {@code phoneNumber} may be typed the
 * Swedish way ("0223-130 00"); it is stored in E.164. {@code serviceDesk} (weekly opening hours,
 * exceptions, minimum staffing) is required exactly when {@code serviceFunction} is true.
 */
public record UnitUpdateRequest(
        @NotBlank @Size(max = 200) String name,
        String parentId,
        String managerEmployeeId,
        @Size(max = 40) String phoneNumber,
        @Email @Size(max = 200) String email,
        boolean serviceFunction,
        ServiceDeskRequest serviceDesk,
        boolean missedCallsCreateTasks) {
}
