package se.telefonpolicy.callback.api;

import java.time.Instant;
import java.util.UUID;

import se.telefonpolicy.callback.domain.CallbackTask;
import se.telefonpolicy.contracts.callback.CallbackOrigin;
import se.telefonpolicy.contracts.callback.CallbackOutcome;

/** A task as its assignee and their manager see it; {@code overdue} as of the request. */
public record CallbackView(
        UUID id,
        CallbackOrigin origin,
        CallbackTask.TaskStatus status,
        String employeeId,
        String unitId,
        String callId,
        String callerNumber,
        Instant receivedAt,
        Instant dueAt,
        int messageCount,
        Instant lastMessageAt,
        Instant firstAttemptAt,
        Boolean onTime,
        boolean overdue,
        CallbackOutcome outcome,
        Instant completedAt,
        String completedBy,
        String relatedTaskId) {

    static CallbackView of(CallbackTask t, Instant now) {
        return new CallbackView(t.id(), t.origin(), t.status(), t.employeeId(), t.unitId(), t.callId(), t.callerNumber(),
                t.receivedAt(), t.dueAt(), t.messageCount(), t.lastMessageAt(), t.firstAttemptAt(), t.onTime(),
                t.isOverdue(now), t.outcome(), t.completedAt(), t.completedBy(), t.relatedTaskId());
    }
}
