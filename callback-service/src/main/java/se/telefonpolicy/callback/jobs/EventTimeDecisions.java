package se.telefonpolicy.callback.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.platform.watermark.Watermarks;

/**
 * Every decision this service takes on event time (BRIEF, "Event time"), once its watermark has passed the moment
 * the decision is about: at a task's due-soon point, whether it moves (statuses' watermark) and CallbackDueSoon
 * (calls' watermark); at its due time, CallbackDeadlineDecided; after an OVERDUE, its LATE. In that order, so a
 * warning and a decision name whoever holds the task by then.
 *
 * <p>Many instances: one runs at a time (a transaction-scoped advisory lock; the others skip that round), and every
 * decision deletes its pending row in the transaction that publishes it, so each is taken exactly once.
 */
@ApplicationScoped
public class EventTimeDecisions {

    private static final Logger LOG = Logger.getLogger(EventTimeDecisions.class);
    /** "callb" in ASCII and 01: unique among the service's advisory locks (the outbox relay has its own). */
    private static final long LOCK = 0x63616c6c62_01L;
    private static final List<String> CALLS = List.of(Topic.PBX_CALLS.topicName());
    private static final List<String> STATUSES = List.of(Topic.AVAILABILITY_STATUS.topicName());
    /** The job named in telefonpolicy.watermark.decided-by: what this service forwards waits for its decisions. */
    public static final String JOB = "callback-decisions";

    /** What one run did; {@code ran} false when another instance held the lock. */
    public record Run(boolean ran, Instant callsWatermark, Instant statusesWatermark, int moved, int warned,
            int decided, int late) {

        static final Run SKIPPED = new Run(false, null, null, 0, 0, 0, 0);
    }

    private final EntityManager em;
    private final Watermarks watermarks;
    private final AbsenceReassignments reassignments;
    private final DueSoonWarnings warnings;
    private final DeadlineDecisions deadlines;

    public EventTimeDecisions(EntityManager em, Watermarks watermarks, AbsenceReassignments reassignments,
            DueSoonWarnings warnings, DeadlineDecisions deadlines) {
        this.em = em;
        this.watermarks = watermarks;
        this.reassignments = reassignments;
        this.warnings = warnings;
        this.deadlines = deadlines;
    }

    @Scheduled(every = "${telefonpolicy.callback.decide-every}", identity = "callback-event-time-decisions",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** One round at the current watermarks. */
    @Transactional
    public Run run() {
        if (!Boolean.TRUE.equals(em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)").setParameter(1, LOCK)
                .getSingleResult())) {
            return Run.SKIPPED;
        }
        Optional<Instant> statuses = watermarks.of(STATUSES);
        Optional<Instant> calls = watermarks.of(CALLS);
        Round round = new Round();
        int moved = statuses.map(w -> reassignments.run(w, round)).orElse(0);
        int warned = calls.map(w -> warnings.run(w, round)).orElse(0);
        DeadlineDecisions.Result decided = calls.map(w -> deadlines.run(w, round)).orElse(new DeadlineDecisions.Result(0, 0));
        if (!round.complete()) {
            LOG.debugf("Event time: task %s is being changed by a consumer; the round goes on next time", round.stoppedAt());
        } else if (statuses.isPresent() && calls.isPresent()) {
            // everything up to the lower of the two is decided now: a deadline also waits for its absence check
            Instant through = statuses.get().isBefore(calls.get()) ? statuses.get() : calls.get();
            watermarks.decided(JOB, through);
        }
        if (moved + warned + decided.decided() + decided.late() > 0) {
            LOG.infof("Event time (calls %s, statuses %s): %d moved, %d warned, %d deadlines decided, %d late",
                    calls.orElse(null), statuses.orElse(null), moved, warned, decided.decided(), decided.late());
        }
        return new Run(true, calls.orElse(null), statuses.orElse(null), moved, warned, decided.decided(),
                decided.late());
    }
}
