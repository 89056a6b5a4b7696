package se.telefonpolicy.directory.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "unit")
public class UnitEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(name = "parent_id")
    public String parentId;

    @Column(name = "manager_employee_id")
    public String managerEmployeeId;

    @Column(name = "phone_number")
    public String phoneNumber;

    public String email;

    /** The contract's ServiceDesk as JSON; null unless the unit is a service function. */
    @Column(name = "service_desk")
    public String serviceDesk;

    @Column(name = "missed_calls_create_tasks", nullable = false)
    public boolean missedCallsCreateTasks;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
