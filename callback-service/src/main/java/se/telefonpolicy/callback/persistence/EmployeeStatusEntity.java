package se.telefonpolicy.callback.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One presence change of an employee from availability.status.v1: their history, not only the latest. */
@Entity
@Table(name = "employee_status")
@IdClass(EmployeeStatusEntity.Key.class)
public class EmployeeStatusEntity extends PanacheEntityBase {

    @Id
    @Column(name = "employee_id")
    public String employeeId;

    @Id
    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(nullable = false)
    public String status;

    @Column(name = "return_at")
    public Instant returnAt;

    @Column(name = "divert_kind")
    public String divertKind;

    @Column(name = "divert_target_id")
    public String divertTargetId;

    @Column(name = "unit_id")
    public String unitId;

    public static class Key implements Serializable {
        public String employeeId;
        public Instant changedAt;

        public Key() {
        }

        public Key(String employeeId, Instant changedAt) {
            this.employeeId = employeeId;
            this.changedAt = changedAt;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(employeeId, k.employeeId) && Objects.equals(changedAt, k.changedAt);
        }

        @Override
        public int hashCode() {
            return Objects.hash(employeeId, changedAt);
        }
    }
}
