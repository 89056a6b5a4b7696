package se.telefonpolicy.callback.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import se.telefonpolicy.contracts.callback.CallbackOrigin;
import se.telefonpolicy.contracts.callback.CallbackOutcome;
import se.telefonpolicy.contracts.pbx.OutboundCallPlaced;

/**
 * Someone is owed a call back by {@code dueAt}. Further messages from the same number to the same
 * assignee join it ({@code messageCount}, {@code lastMessageAt}); the deadline stays the first one's.
 * {@code onTime} is decided by the first attempt: made by {@code dueAt} or not.
 */
public record CallbackTask(
        UUID id,
        CallbackOrigin origin,
        TaskStatus status,
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
        CallbackOutcome outcome,
        Instant completedAt,
        String completedBy,
        String relatedTaskId) {

    public enum TaskStatus { OPEN, COMPLETED }

    public CallbackTask {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(lastMessageAt, "lastMessageAt");
        if (employeeId == null && unitId == null) {
            throw new IllegalArgumentException("A task is assigned to an employee or a unit");
        }
        if (messageCount < 1) {
            throw new IllegalArgumentException("A task has at least one message, was " + messageCount);
        }
        if ((status == TaskStatus.COMPLETED) != (outcome != null && completedAt != null)) {
            throw new IllegalArgumentException("A completed task, and only one, has an outcome and a completion time");
        }
    }

    /** A new task with its first message. */
    public static CallbackTask open(UUID id, CallbackOrigin origin, String employeeId, String unitId, String callId,
            String callerNumber, Instant receivedAt, Instant dueAt) {
        return new CallbackTask(id, origin, TaskStatus.OPEN, employeeId, unitId, callId, callerNumber, receivedAt, dueAt,
                1, receivedAt, null, null, null, null, null, null);
    }

    /**
     * PROMISE_KEPT: a callback the officer agreed with the caller, due at the agreed time; it may
     * point at the task it was promised while handling.
     */
    public static CallbackTask promise(UUID id, String employeeId, String unitId, String callerNumber,
            Instant promisedAt, Instant agreedAt, String relatedTaskId) {
        if (!agreedAt.isAfter(promisedAt)) {
            throw new IllegalArgumentException("The agreed time must be after the promise was made");
        }
        return new CallbackTask(id, CallbackOrigin.PROMISE, TaskStatus.OPEN, employeeId, unitId, null,
                Objects.requireNonNull(callerNumber, "callerNumber"), promisedAt, agreedAt, 1, promisedAt, null, null,
                null, null, null, relatedTaskId);
    }

    public boolean isOpen() {
        return status == TaskStatus.OPEN;
    }

    /** Another message from the same caller joins this task: counted, the latest time kept, the deadline unchanged. */
    public CallbackTask withMessage(Instant leftAt) {
        requireOpen();
        Instant latest = leftAt.isAfter(lastMessageAt) ? leftAt : lastMessageAt;
        return new CallbackTask(id, origin, status, employeeId, unitId, callId, callerNumber, receivedAt, dueAt,
                messageCount + 1, latest, firstAttemptAt, onTime, outcome, completedAt, completedBy, relatedTaskId);
    }

    /** A callback attempt: the earliest one decides whether the rule was met (made by dueAt). */
    public CallbackTask withAttempt(Instant madeAt) {
        requireOpen();
        if (firstAttemptAt != null && !madeAt.isBefore(firstAttemptAt)) {
            return this;
        }
        return new CallbackTask(id, origin, status, employeeId, unitId, callId, callerNumber, receivedAt, dueAt,
                messageCount, lastMessageAt, madeAt, !madeAt.isAfter(dueAt), outcome, completedAt, completedBy, relatedTaskId);
    }

    /** A new assignee (a colleague, or a unit's queue when {@code toEmployeeId} is null); the deadline stays. */
    public CallbackTask reassignedTo(String toEmployeeId, String toUnitId) {
        requireOpen();
        return new CallbackTask(id, origin, status, toEmployeeId, toUnitId, callId, callerNumber, receivedAt, dueAt,
                messageCount, lastMessageAt, firstAttemptAt, onTime, outcome, completedAt, completedBy, relatedTaskId);
    }

    /** Closes the task; its caller number is erased a configured time after {@code at}. */
    public CallbackTask completed(CallbackOutcome how, Instant at, String by) {
        requireOpen();
        Objects.requireNonNull(how, "outcome");
        Objects.requireNonNull(at, "completedAt");
        return new CallbackTask(id, origin, TaskStatus.COMPLETED, employeeId, unitId, callId, callerNumber, receivedAt,
                dueAt, messageCount, lastMessageAt, firstAttemptAt, onTime, how, at, by, relatedTaskId);
    }

    /** {@link #isAnsweredBy(OutboundCallPlaced, String, String, boolean, String)} for a task never moved. */
    public boolean isAnsweredBy(OutboundCallPlaced call, String callersUnitId, String assigneesUnitId,
            boolean colleaguesCount) {
        return isAnsweredBy(call, callersUnitId, assigneesUnitId, colleaguesCount, null);
    }

    /**
     * Whether an outbound call is a callback on this task: to the caller's number, placed after the
     * message was left, while the task is open, from the assigned employee — or the one it was moved from by
     * rule (back earlier than their status said, they still call their caller), or, for a unit's task nobody
     * holds, anyone of that unit; and, where the municipality counts colleagues' calls ({@code colleaguesCount}),
     * from anyone of the assignee's unit.
     *
     * @param callersUnitId    the directory's unit of the person who called; null if unknown
     * @param assigneesUnitId  the directory's unit of the assignee; null if unknown (the task's unit is used)
     * @param previousAssignee whom the task was moved from by rule; null if it never moved
     */
    public boolean isAnsweredBy(OutboundCallPlaced call, String callersUnitId, String assigneesUnitId,
            boolean colleaguesCount, String previousAssignee) {
        boolean byAssignee = employeeId != null ? employeeId.equals(call.employeeId())
                : unitId != null && unitId.equals(callersUnitId);
        boolean byPrevious = previousAssignee != null && previousAssignee.equals(call.employeeId());
        String assigneesUnit = assigneesUnitId != null ? assigneesUnitId : unitId;
        boolean byColleague = colleaguesCount && employeeId != null && callersUnitId != null
                && callersUnitId.equals(assigneesUnit);
        return isOpen() && (byAssignee || byPrevious || byColleague) && callerNumber != null
                && callerNumber.equals(call.calledNumber()) && !call.placedAt().isBefore(receivedAt);
    }

    /**
     * Whether an inbound call from the caller's number, answered at {@code answeredAt}, means the caller
     * reached the task's people: offered to the assignee's number or the task's unit, or picked up by the
     * assignee, after the message was left, while the task is open.
     */
    public boolean isResolvedByInbound(String offeredToEmployeeId, String offeredToUnitId, String answeredBy,
            Instant answeredAt) {
        boolean reachedAssignee = employeeId != null
                && (employeeId.equals(offeredToEmployeeId) || employeeId.equals(answeredBy));
        boolean reachedUnit = unitId != null && unitId.equals(offeredToUnitId);
        return isOpen() && (reachedAssignee || reachedUnit) && !answeredAt.isBefore(receivedAt);
    }

    /**
     * When the caller was first seen to: the earliest of the first attempt and the completion (an answered inbound
     * call resolves, an officer closes by hand); null while neither happened. What a deadline is decided on.
     */
    public Instant handledAt() {
        if (firstAttemptAt == null) {
            return completedAt;
        }
        return completedAt != null && completedAt.isBefore(firstAttemptAt) ? completedAt : firstAttemptAt;
    }

    /** Whether the task was handled (attempt or completion) at or before {@code at}. */
    public boolean isHandledBy(Instant at) {
        Instant handled = handledAt();
        return handled != null && !handled.isAfter(at);
    }

    /** A wall-clock hint for the task lists: no attempt by the due time (seen at {@code now}). */
    public boolean isOverdue(Instant now) {
        return firstAttemptAt == null ? now.isAfter(dueAt) : firstAttemptAt.isAfter(dueAt);
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("Callback task " + id + " is already completed");
        }
    }
}
