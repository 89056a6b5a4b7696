package se.telefonpolicy.callback.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A unit as directory.units.v1 last told it (deleted: its tombstone came). */
@Entity
@Table(name = "directory_unit")
public class DirectoryUnitEntity extends PanacheEntityBase {

    @Id
    @Column(name = "unit_id")
    public String unitId;

    @Column(name = "parent_unit_id")
    public String parentUnitId;

    @Column(name = "manager_employee_id")
    public String managerEmployeeId;

    @Column(name = "missed_calls_create_tasks", nullable = false)
    public boolean missedCallsCreateTasks;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(nullable = false)
    public boolean deleted;
}
