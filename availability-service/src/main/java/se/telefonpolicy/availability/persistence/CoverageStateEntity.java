package se.telefonpolicy.availability.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Where a service desk's live coverage evaluation stands (see V4__service_desk.sql). */
@Entity
@Table(name = "coverage_state")
public class CoverageStateEntity extends PanacheEntityBase {

    @Id
    @Column(name = "unit_id")
    public String unitId;

    @Column(name = "evaluated_until", nullable = false)
    public Instant evaluatedUntil;

    @Column(name = "staffed_count", nullable = false)
    public int staffedCount;

    @Column(name = "gap_started_at")
    public Instant gapStartedAt;

    @Column(name = "gap_published", nullable = false)
    public boolean gapPublished;
}
