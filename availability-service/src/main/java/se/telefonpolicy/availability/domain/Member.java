package se.telefonpolicy.availability.domain;

import java.time.Instant;
import java.util.Objects;

/** A person of a unit as the directory last described them: what the switchboard needs to put a call through. */
public record Member(String employeeId, String unitId, String firstName, String lastName, String title,
        String extension, boolean active, Instant updatedAt) {

    public Member {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** "Förnamn Efternamn", or the id when the directory has no name. */
    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? employeeId : name;
    }
}
