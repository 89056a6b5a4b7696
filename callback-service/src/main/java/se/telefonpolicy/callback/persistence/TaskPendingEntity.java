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

/** A decision still to be taken about a task once the watermark has passed {@code at} (see V7). */
@Entity
@Table(name = "task_pending")
@IdClass(TaskPendingEntity.Key.class)
public class TaskPendingEntity extends PanacheEntityBase {

    @Id
    @Column(name = "task_id")
    public UUID taskId;

    @Id
    public String step;

    @Column(nullable = false)
    public Instant at;

    public static class Key implements Serializable {
        public UUID taskId;
        public String step;

        public Key() {
        }

        public Key(UUID taskId, String step) {
            this.taskId = taskId;
            this.step = step;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(taskId, k.taskId) && Objects.equals(step, k.step);
        }

        @Override
        public int hashCode() {
            return Objects.hash(taskId, step);
        }
    }
}
