package se.telefonpolicy.callback.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An inbound call from a caller with an open task, offered to its people: answered, it resolves the task. */
@Entity
@Table(name = "offered_call")
@IdClass(OfferedCallEntity.Key.class)
public class OfferedCallEntity extends PanacheEntityBase {

    @Id
    @Column(name = "call_id")
    public String callId;

    @Id
    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "offered_at", nullable = false)
    public Instant offeredAt;

    public static class Key implements Serializable {
        public String callId;
        public UUID taskId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(callId, k.callId) && Objects.equals(taskId, k.taskId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(callId, taskId);
        }
    }
}
