package se.telefonpolicy.callback.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A PBX call that opened or joined a task: the same call twice is seen as one. */
@Entity
@Table(name = "callback_message")
public class CallbackMessageEntity extends PanacheEntityBase {

    @Id
    @Column(name = "call_id")
    public String callId;

    @Column(name = "task_id", nullable = false)
    public UUID taskId;

    @Column(name = "left_at", nullable = false)
    public Instant leftAt;
}
