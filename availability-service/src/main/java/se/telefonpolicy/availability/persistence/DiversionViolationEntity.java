package se.telefonpolicy.availability.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Read side of diversion_violation; rows are written by {@link DiversionViolationRepository#record}. */
@Entity
@Table(name = "diversion_violation")
public class DiversionViolationEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String rule;

    @Column(name = "employee_id", nullable = false)
    public String employeeId;

    @Column(name = "unit_id")
    public String unitId;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public Instant since;

    @Column(name = "return_at")
    public Instant returnAt;

    @Column(name = "violated_at", nullable = false)
    public Instant violatedAt;

    @Column(name = "detected_at", nullable = false)
    public Instant detectedAt;
}
