package se.telefonpolicy.directory.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "employee")
public class EmployeeEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "hr_id")
    public String hrId;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    public String title;

    @Column(name = "unit_id")
    public String unitId;

    public String extension;

    /** JSON array of the contract's PhoneNumber. */
    @Column(name = "phone_numbers", nullable = false)
    public String phoneNumbers;

    public String email;

    public String role;

    @Column(name = "voicemail_enabled", nullable = false)
    public boolean voicemailEnabled;

    @Column(name = "greeting_recorded_at")
    public Instant greetingRecordedAt;

    @Column(name = "greeting_length_seconds")
    public Integer greetingLengthSeconds;

    /** JSON array of keywords and phrases. */
    @Column(nullable = false)
    public String responsibilities;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
