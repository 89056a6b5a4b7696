package se.telefonpolicy.callback.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import se.telefonpolicy.contracts.callback.DeadlineVerdict;
import se.telefonpolicy.contracts.compliance.RuleId;

/**
 * What is still to be decided about each task on event time (task_pending), and the deadline decisions taken
 * (deadline_decision). A pending row is deleted in the transaction that takes its decision: once per task.
 */
@ApplicationScoped
public class PendingDecisionRepository {

    private final EntityManager em;

    public PendingDecisionRepository(EntityManager em) {
        this.em = em;
    }

    /** Schedules a decision for the task (once: the same step again is ignored). */
    public void schedule(UUID taskId, PendingStep step, Instant at) {
        // the task may have been persisted in this transaction and not yet written: the row refers to it
        em.flush();
        em.createNativeQuery("INSERT INTO task_pending (task_id, step, at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, taskId).setParameter(2, step.name()).setParameter(3, at)
                .executeUpdate();
    }

    /** The task was handled (first attempt or completion) at {@code at}: its LATE question waits for that moment. */
    public void handled(UUID taskId, Instant at) {
        em.flush();
        em.createNativeQuery("""
                INSERT INTO task_pending (task_id, step, at) VALUES (?1, 'HANDLED', ?2)
                ON CONFLICT (task_id, step) DO UPDATE SET at = LEAST(task_pending.at, EXCLUDED.at)""")
                .setParameter(1, taskId).setParameter(2, at).executeUpdate();
    }

    /**
     * The pending decisions of this step whose moment the watermark has passed, oldest first, locked for this
     * transaction (rows another transaction holds are skipped); with {@code after}, only those of tasks with no
     * such step still pending (a deadline waits for the task's absence check, so it names who was assigned).
     */
    @SuppressWarnings("unchecked")
    public List<TaskPendingEntity> lockDue(PendingStep step, Instant watermark, PendingStep after, int limit) {
        // rows this transaction has decided (removed) must be gone from the database before the next batch is read
        em.flush();
        String waits = after == null ? ""
                : " AND NOT EXISTS (SELECT 1 FROM task_pending w WHERE w.task_id = p.task_id AND w.step = ?4)";
        var query = em.createNativeQuery("SELECT p.* FROM task_pending p WHERE p.step = ?1 AND p.at <= ?2" + waits
                + " ORDER BY p.at, p.task_id LIMIT ?3 FOR UPDATE SKIP LOCKED", TaskPendingEntity.class)
                .setParameter(1, step.name()).setParameter(2, watermark).setParameter(3, limit);
        if (after != null) {
            query.setParameter(4, after.name());
        }
        return query.getResultList();
    }

    public boolean isPending(UUID taskId, PendingStep step) {
        return em.find(TaskPendingEntity.class, new TaskPendingEntity.Key(taskId, step.name())) != null;
    }

    public void done(TaskPendingEntity pending) {
        em.remove(pending);
    }

    /** Drops a step that needs no decision any more (e.g. the deadline decided and published its LATE itself). */
    public void cancel(UUID taskId, PendingStep step) {
        TaskPendingEntity pending = em.find(TaskPendingEntity.class, new TaskPendingEntity.Key(taskId, step.name()));
        if (pending != null) {
            em.remove(pending);
        }
    }

    public Optional<DeadlineDecisionEntity> decision(UUID taskId) {
        return Optional.ofNullable(em.find(DeadlineDecisionEntity.class, taskId));
    }

    /** Records the task's one decision; the primary key refuses a second. */
    public DeadlineDecisionEntity decided(UUID taskId, RuleId rule, DeadlineVerdict verdict, Instant firstAttemptAt,
            Instant now) {
        DeadlineDecisionEntity d = new DeadlineDecisionEntity();
        d.taskId = taskId;
        d.ruleId = rule.name();
        d.verdict = verdict.name();
        d.firstAttemptAt = firstAttemptAt;
        d.decidedAt = now;
        em.persist(d);
        return d;
    }
}
