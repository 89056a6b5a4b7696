package se.telefonpolicy.contracts.callback;

import java.time.Instant;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Require;

/**
 * A callback task was closed. Its caller number is erased a configured time after this.
 *
 * @param taskId      the task's id (the key)
 * @param employeeId  who closed it; absent when closed by rule (e.g. a duplicate)
 * @param outcome     how it ended
 * @param completedAt when
 */
public record CallbackCompleted(
        String taskId,
        String employeeId,
        CallbackOutcome outcome,
        Instant completedAt) implements DomainEvent {

    public CallbackCompleted {
        Require.text(taskId, "taskId");
        Require.optionalText(employeeId, "employeeId");
        Require.value(outcome, "outcome");
        Require.value(completedAt, "completedAt");
    }

    @Override
    public EventType type() {
        return EventType.CALLBACK_COMPLETED;
    }

    @Override
    public String key() {
        return taskId;
    }

    @Override
    public String subject() {
        return taskId;
    }

    @Override
    public Instant occurredAt() {
        return completedAt;
    }
}
