package se.telefonpolicy.availability.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "presence")
public class PresenceEntity extends PanacheEntityBase {

    @Id
    @Column(name = "employee_id")
    public String employeeId;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public Instant since;

    @Column(name = "return_at")
    public Instant returnAt;

    public String message;

    @Column(name = "divert_kind")
    public String divertKind;

    @Column(name = "divert_target_id")
    public String divertTargetId;

    @Column(nullable = false)
    public String source;
}
