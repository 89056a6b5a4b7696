package se.telefonpolicy.directory.domain;

import java.time.Instant;
import java.util.Objects;

/** A department or unit in the organisation tree. */
public record Unit(String id, String name, String parentId, Instant updatedAt) {

    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
