package se.telefonpolicy.callback.persistence;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import se.telefonpolicy.callback.domain.CallbackTask;
import se.telefonpolicy.contracts.callback.CallbackOrigin;

@ApplicationScoped
public class CallbackTaskRepository implements PanacheRepositoryBase<CallbackTaskEntity, UUID> {

    public Optional<CallbackTask> findTask(UUID id) {
        return findByIdOptional(id).map(CallbackTaskRepository::toTask);
    }

    /** Stores a new task; false if a task with its id exists already. */
    public boolean insertIfNew(CallbackTask task) {
        if (findByIdOptional(task.id()).isPresent()) {
            return false;
        }
        CallbackTaskEntity e = new CallbackTaskEntity();
        e.id = task.id();
        e.origin = task.origin().name();
        e.status = task.status().name();
        e.employeeId = task.employeeId();
        e.unitId = task.unitId();
        e.callId = task.callId();
        e.callerNumber = task.callerNumber();
        e.receivedAt = task.receivedAt();
        e.dueAt = task.dueAt();
        persist(e);
        return true;
    }

    private static CallbackTask toTask(CallbackTaskEntity e) {
        return new CallbackTask(e.id, CallbackOrigin.valueOf(e.origin), CallbackTask.TaskStatus.valueOf(e.status),
                e.employeeId, e.unitId, e.callId, e.callerNumber, e.receivedAt, e.dueAt);
    }
}
