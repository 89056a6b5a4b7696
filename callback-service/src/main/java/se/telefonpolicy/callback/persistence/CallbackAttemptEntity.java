package se.telefonpolicy.callback.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "callback_attempt")
public class CallbackAttemptEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "task_id", nullable = false)
    public UUID taskId;

    @Column(name = "employee_id", nullable = false)
    public String employeeId;

    @Column(nullable = false)
    public String method;

    @Column(name = "call_id")
    public String callId;

    @Column(name = "made_at", nullable = false)
    public Instant madeAt;

    public Boolean answered;
}
