package se.telefonpolicy.availability.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "service_desk")
public class ServiceDeskEntity extends PanacheEntityBase {

    @Id
    @Column(name = "unit_id")
    public String unitId;

    @Column(nullable = false)
    public String name;

    @Column(name = "opening_hours", nullable = false)
    public String openingHours;

    @Column(nullable = false)
    public String exceptions;

    @Column(name = "minimum_staffing", nullable = false)
    public int minimumStaffing;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The watermark when the directory first named it a desk: not judged before; null when known before any watermark. */
    @Column(name = "tracked_from")
    public Instant trackedFrom;

    /** No longer a service desk (or deleted) as of updatedAt; kept so an older snapshot cannot revive it. */
    @Column(nullable = false)
    public boolean removed;
}
