package se.telefonpolicy.availability.domain;

import java.time.Instant;
import java.util.Objects;

/** From {@code at} on, this many members of a service desk are AVAILABLE or IN_CALL. */
public record StaffedCount(Instant at, int count) {

    public StaffedCount {
        Objects.requireNonNull(at, "at");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
    }
}
