package se.telefonpolicy.callback.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A task's row. Only changed columns are written: a consumer applying a call and the event-time job (moving the
 * task, marking its warning) change different columns of one row and must not write back each other's old values.
 */
@Entity
@DynamicUpdate
@Table(name = "callback_task")
public class CallbackTaskEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String origin;

    @Column(nullable = false)
    public String status;

    @Column(name = "employee_id")
    public String employeeId;

    @Column(name = "unit_id")
    public String unitId;

    @Column(name = "call_id")
    public String callId;

    @Column(name = "caller_number")
    public String callerNumber;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "message_count", nullable = false)
    public int messageCount;

    @Column(name = "last_message_at", nullable = false)
    public Instant lastMessageAt;

    @Column(name = "first_attempt_at")
    public Instant firstAttemptAt;

    @Column(name = "on_time")
    public Boolean onTime;

    public String outcome;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "completed_by")
    public String completedBy;

    @Column(name = "due_soon_warned_at")
    public Instant dueSoonWarnedAt;

    @Column(name = "reassigned_at")
    public Instant reassignedAt;

    @Column(name = "reassigned_from")
    public String reassignedFrom;

    @Column(name = "related_task_id")
    public String relatedTaskId;
}
