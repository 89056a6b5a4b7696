package se.telefonpolicy.compliance.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "callback_deadline")
public class CallbackDeadlineEntity extends PanacheEntityBase {

    @Id
    @Column(name = "task_id")
    public String taskId;

    @Column(name = "rule_id", nullable = false)
    public String ruleId;

    @Column(name = "unit_id")
    public String unitId;

    @Column(name = "employee_id")
    public String employeeId;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "completed_at")
    public Instant completedAt;
}
