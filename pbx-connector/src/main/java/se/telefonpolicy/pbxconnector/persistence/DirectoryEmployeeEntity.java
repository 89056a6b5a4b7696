package se.telefonpolicy.pbxconnector.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "directory_employee")
public class DirectoryEmployeeEntity extends PanacheEntityBase {

    @Id
    @Column(name = "employee_id")
    public String employeeId;

    @Column(name = "unit_id")
    public String unitId;

    public String extension;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
