package se.telefonpolicy.availability.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "member")
public class MemberEntity extends PanacheEntityBase {

    @Id
    @Column(name = "employee_id")
    public String employeeId;

    @Column(name = "unit_id")
    public String unitId;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    public String title;

    public String extension;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
