package se.telefonpolicy.callback.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import se.telefonpolicy.callback.domain.CallbackTask;
import se.telefonpolicy.contracts.callback.CallbackMethod;
import se.telefonpolicy.contracts.callback.CallbackOrigin;
import se.telefonpolicy.contracts.callback.CallbackOutcome;

/** Tasks, the calls behind them and the attempts on them; maps between the rows and the domain in one place. */
@ApplicationScoped
public class CallbackTaskRepository implements PanacheRepositoryBase<CallbackTaskEntity, UUID> {

    public Optional<CallbackTask> findTask(UUID id) {
        return findByIdOptional(id).map(CallbackTaskRepository::toTask);
    }

    /** Stores a new task and the call it came from; false if a task with its id exists already. */
    public boolean insertIfNew(CallbackTask task) {
        if (findByIdOptional(task.id()).isPresent()) {
            return false;
        }
        CallbackTaskEntity e = new CallbackTaskEntity();
        e.id = task.id();
        copy(task, e);
        persist(e);
        if (task.callId() != null) {
            addMessage(task.callId(), task.id(), task.receivedAt());
        }
        return true;
    }

    /** Writes a changed task back. */
    public void save(CallbackTask task) {
        copy(task, findByIdOptional(task.id()).orElseThrow());
    }

    /** Whether this PBX call already opened or joined a task. */
    public boolean isKnownMessage(String callId) {
        return CallbackMessageEntity.findByIdOptional(callId).isPresent();
    }

    public void addMessage(String callId, UUID taskId, Instant leftAt) {
        CallbackMessageEntity m = new CallbackMessageEntity();
        m.callId = callId;
        m.taskId = taskId;
        m.leftAt = leftAt;
        m.persist();
    }

    /**
     * The open task a new message from this number to this assignee (a person, else a unit) joins. Not a
     * promise: a promise may be due days later, and a new message keeps its own CALLBACK_2WD deadline.
     */
    public Optional<CallbackTask> findOpenFor(String callerNumber, String employeeId, String unitId) {
        String assignee = employeeId != null ? "employeeId = :assignee" : "employeeId is null and unitId = :assignee";
        return find("status = 'OPEN' and origin <> 'PROMISE' and callerNumber = :number and " + assignee,
                Sort.by("receivedAt"),
                Parameters.with("number", callerNumber).and("assignee", employeeId != null ? employeeId : unitId))
                .firstResultOptional().map(CallbackTaskRepository::toTask);
    }

    /**
     * The open tasks for this caller number an outbound call from this employee may answer: their own (also
     * those moved away from them by rule), and those of their unit ({@code callersUnitId}, null if the directory does not know it) — the unit's
     * own and its people's; the domain decides which of them the call counts for.
     */
    public List<CallbackTask> findOpenForOutbound(String callerNumber, String employeeId, String callersUnitId) {
        Parameters params = Parameters.with("number", callerNumber).and("employee", employeeId);
        String assignee = "(employeeId = :employee or reassignedFrom = :employee)";
        if (callersUnitId != null) {
            assignee = "(" + assignee + " or unitId = :unit or employeeId in (select d.employeeId from"
                    + " DirectoryEmployeeEntity d where d.deleted = false and d.unitId = :unit))";
            params = params.and("unit", callersUnitId);
        }
        return list("status = 'OPEN' and callerNumber = :number and " + assignee, Sort.by("receivedAt"), params)
                .stream().map(CallbackTaskRepository::toTask).toList();
    }

    /** Every open task for this caller number: an inbound call from it may resolve one. */
    public List<CallbackTask> findOpenForNumber(String callerNumber) {
        return list("status = 'OPEN' and callerNumber = ?1", Sort.by("receivedAt"), callerNumber)
                .stream().map(CallbackTaskRepository::toTask).toList();
    }

    /** Remembers that an inbound call from a task's caller was offered to its people (once per call and task). */
    public void addOfferedCall(String callId, UUID taskId, Instant offeredAt) {
        if (OfferedCallEntity.count("callId = ?1 and taskId = ?2", callId, taskId) == 0) {
            OfferedCallEntity o = new OfferedCallEntity();
            o.callId = callId;
            o.taskId = taskId;
            o.offeredAt = offeredAt;
            o.persist();
        }
    }

    /** The tasks whose caller this inbound call came from; forgotten once read, as the call is answered. */
    public List<UUID> takeOfferedCall(String callId) {
        List<OfferedCallEntity> rows = OfferedCallEntity.list("callId", callId);
        rows.forEach(OfferedCallEntity::delete);
        return rows.stream().map(o -> o.taskId).toList();
    }

    public List<CallbackTask> findByEmployee(String employeeId, CallbackTask.TaskStatus status) {
        return list("employeeId = ?1 and status = ?2", Sort.by("dueAt").and("id"), employeeId, status.name())
                .stream().map(CallbackTaskRepository::toTask).toList();
    }

    /**
     * The tasks of these units (a manager's subtree): their mailboxes' and missed calls' tasks, and the
     * personal tasks of the people the directory puts in them; by due time.
     */
    public List<CallbackTask> findByUnits(Collection<String> unitIds, CallbackTask.TaskStatus status) {
        return list("status = :status and (unitId in :units or employeeId in (select d.employeeId from"
                + " DirectoryEmployeeEntity d where d.deleted = false and d.unitId in :units))",
                Sort.by("dueAt").and("id"), Parameters.with("status", status.name()).and("units", unitIds))
                .stream().map(CallbackTaskRepository::toTask).toList();
    }

    /**
     * The task, locked for this transaction: the event-time job decides on its latest state, and nobody changes
     * it until the decision commits. The job never waits for a lock: a consumer applying an event to the task holds
     * it ({@link TaskBusyException}), and the job, which locks many tasks in one transaction in another order than
     * the consumers, would otherwise deadlock with it.
     */
    public Optional<CallbackTask> lockTask(UUID id) {
        CallbackTaskEntity locked = getEntityManager().find(CallbackTaskEntity.class, id, LockModeType.PESSIMISTIC_WRITE,
                java.util.Map.of("jakarta.persistence.lock.timeout", org.hibernate.LockOptions.SKIP_LOCKED));
        if (locked == null && count("id", id) > 0) {
            throw new TaskBusyException(id);
        }
        return Optional.ofNullable(locked).map(CallbackTaskRepository::toTask);
    }

    /** The task is locked by another transaction (a consumer applying an event to it) right now. */
    public static final class TaskBusyException extends RuntimeException {
        private final UUID taskId;

        TaskBusyException(UUID taskId) {
            super("task " + taskId + " is being changed", null, false, false);
            this.taskId = taskId;
        }

        public UUID taskId() {
            return taskId;
        }
    }

    /** Whom the task was moved from by rule; null if it never moved. */
    public String reassignedFrom(UUID taskId) {
        return findByIdOptional(taskId).map(e -> e.reassignedFrom).orElse(null);
    }

    public void markWarned(UUID taskId, Instant warnedAt) {
        findByIdOptional(taskId).orElseThrow().dueSoonWarnedAt = warnedAt;
    }

    /** Writes the task's new assignee and marks it moved, so it is never moved again by rule. */
    public void saveReassigned(CallbackTask task, String fromEmployeeId, Instant at) {
        CallbackTaskEntity e = findByIdOptional(task.id()).orElseThrow();
        copy(task, e);
        e.reassignedAt = at;
        e.reassignedFrom = fromEmployeeId;
    }

    /** False if this outbound call was already recorded as an attempt on this task. */
    public boolean addAttemptIfNew(UUID taskId, String employeeId, CallbackMethod method, String callId, Instant madeAt,
            Boolean answered) {
        if (callId != null && CallbackAttemptEntity.count("taskId = ?1 and callId = ?2", taskId, callId) > 0) {
            return false;
        }
        CallbackAttemptEntity a = new CallbackAttemptEntity();
        // an outbound call's attempt has an id from the call, so a replay can never add a second row
        a.id = callId == null ? UUID.randomUUID()
                : UUID.nameUUIDFromBytes(("attempt/" + taskId + "/" + callId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        a.taskId = taskId;
        a.employeeId = employeeId;
        a.method = method.name();
        a.callId = callId;
        a.madeAt = madeAt;
        a.answered = answered;
        a.persist();
        return true;
    }

    public long countAttempts(UUID taskId) {
        return CallbackAttemptEntity.count("taskId", taskId);
    }

    /** Erases the caller number of tasks closed before {@code closedBefore}; returns how many. */
    public int eraseCallerNumbersClosedBefore(Instant closedBefore) {
        return update("callerNumber = null where status = 'COMPLETED' and completedAt < ?1 and callerNumber is not null",
                closedBefore);
    }

    private static void copy(CallbackTask task, CallbackTaskEntity e) {
        e.origin = task.origin().name();
        e.status = task.status().name();
        e.employeeId = task.employeeId();
        e.unitId = task.unitId();
        e.callId = task.callId();
        e.callerNumber = task.callerNumber();
        e.receivedAt = task.receivedAt();
        e.dueAt = task.dueAt();
        e.messageCount = task.messageCount();
        e.lastMessageAt = task.lastMessageAt();
        e.firstAttemptAt = task.firstAttemptAt();
        e.onTime = task.onTime();
        e.outcome = task.outcome() == null ? null : task.outcome().name();
        e.completedAt = task.completedAt();
        e.completedBy = task.completedBy();
        e.relatedTaskId = task.relatedTaskId();
    }

    private static CallbackTask toTask(CallbackTaskEntity e) {
        return new CallbackTask(e.id, CallbackOrigin.valueOf(e.origin), CallbackTask.TaskStatus.valueOf(e.status),
                e.employeeId, e.unitId, e.callId, e.callerNumber, e.receivedAt, e.dueAt, e.messageCount, e.lastMessageAt,
                e.firstAttemptAt, e.onTime, e.outcome == null ? null : CallbackOutcome.valueOf(e.outcome), e.completedAt,
                e.completedBy, e.relatedTaskId);
    }
}
