package se.telefonpolicy.compliance.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A status other than available or in call, from its StatusChanged until the next one: what a service desk's
 * coverage is computed from. Whether it broke DIVERSION_RETURN_TIME or DIVERSION_STALE is availability-service's
 * decision ({@link DiversionViolation}), not this record's.
 *
 * @param returnAt null when the diversion gave no return time
 * @param endedAt  null while it lasts
 */
public record Diversion(String employeeId, Instant startedAt, String unitId, String status, Instant returnAt,
        Instant endedAt) {

    public Diversion {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(status, "status");
    }
}
