package se.telefonpolicy.callback.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import se.telefonpolicy.contracts.callback.CallbackOrigin;

/** Someone is owed a call back by {@code dueAt}. */
public record CallbackTask(
        UUID id,
        CallbackOrigin origin,
        TaskStatus status,
        String employeeId,
        String unitId,
        String callId,
        String callerNumber,
        Instant receivedAt,
        Instant dueAt) {

    public enum TaskStatus { OPEN, COMPLETED }

    public CallbackTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        if (employeeId == null && unitId == null) {
            throw new IllegalArgumentException("A task is assigned to an employee or a unit");
        }
    }
}
