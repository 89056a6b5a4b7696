package se.telefonpolicy.directory.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new unit; its id is the municipality's own organisation code. */
public record UnitRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "lowercase letters, digits and '-', at most 64") String id,
        @NotBlank @Size(max = 200) String name,
        String parentId) {
}
