package se.telefonpolicy.callback.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An employee's latest presence from availability.status.v1. */
@Entity
@Table(name = "employee_absence")
public class EmployeeAbsenceEntity extends PanacheEntityBase {

    @Id
    @Column(name = "employee_id")
    public String employeeId;

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

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
