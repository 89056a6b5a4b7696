package se.telefonpolicy.callback.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A task's deadline decision (CallbackDeadlineDecided), taken once; and its LATE, if one followed an OVERDUE. */
@Entity
@Table(name = "deadline_decision")
public class DeadlineDecisionEntity extends PanacheEntityBase {

    @Id
    @Column(name = "task_id")
    public UUID taskId;

    @Column(name = "rule_id", nullable = false)
    public String ruleId;

    @Column(nullable = false)
    public String verdict;

    @Column(name = "first_attempt_at")
    public Instant firstAttemptAt;

    /** Wall clock: when this service took it (the decision itself is about dueAt). */
    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Column(name = "late_attempt_at")
    public Instant lateAttemptAt;

    /** Set once nothing more follows: the LATE was published, or the decision stood. */
    @Column(name = "late_settled_at")
    public Instant lateSettledAt;
}
