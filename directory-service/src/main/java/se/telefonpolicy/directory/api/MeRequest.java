package se.telefonpolicy.directory.api;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An employee's own corrections. A field left out stays as it is; an empty string (or empty list)
 * clears it. {@code confirm: true} records that the details are correct (verifiedAt = now).
 */
public record MeRequest(
        @Size(max = 100) String firstName,
        @Size(max = 100) String lastName,
        @Size(max = 200) String title,
        @Pattern(regexp = "(\\d{2,8})?", message = "2 to 8 digits") String extension,
        List<PhoneNumberRequest> phoneNumbers,
        @Email @Size(max = 200) String email,
        List<@NotBlank @Size(max = 100) String> responsibilities,
        boolean confirm) {
}
