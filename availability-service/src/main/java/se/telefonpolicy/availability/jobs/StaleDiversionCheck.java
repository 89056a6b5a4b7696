package se.telefonpolicy.availability.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;
import se.telefonpolicy.availability.config.AvailabilityConfig;
import se.telefonpolicy.availability.domain.DiversionViolation;
import se.telefonpolicy.availability.messaging.DiversionViolations;
import se.telefonpolicy.availability.persistence.AdvisoryLocks;
import se.telefonpolicy.availability.persistence.PresenceHistoryRepository;

/**
 * DIVERSION_STALE from the presence history, on event time: each diversion with a return time is judged once,
 * when the person's next change shows it ended within the grace, or when the watermark of pbx.presence.v1 has
 * passed returnAt + grace (so a change still unread on a lagging partition cannot be missed). A diversion that
 * outlived the grace is a violation however briefly it lasted, also when it ended between two runs.
 *
 * <p>Exactly once with any number of instances: the unique (rule, employee, since) decides which instance
 * publishes DiversionViolated (see {@code DiversionViolationRepository}); the advisory lock only spares the
 * others the work.
 */
@ApplicationScoped
public class StaleDiversionCheck {

    /** Decided per run; more wait for the next run, a second later. */
    private static final int BATCH = 500;
    /** Named in telefonpolicy.watermark.decided-by. */
    public static final String JOB = "availability-stale-diversions";

    private final PresenceHistoryRepository history;
    private final DiversionViolations violations;
    private final AdvisoryLocks locks;
    private final PresenceWatermark watermark;
    private final AvailabilityConfig config;
    private final Clock clock;

    public StaleDiversionCheck(PresenceHistoryRepository history, DiversionViolations violations, AdvisoryLocks locks,
            PresenceWatermark watermark, AvailabilityConfig config, Clock clock) {
        this.history = history;
        this.violations = violations;
        this.locks = locks;
        this.watermark = watermark;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "stale-diversions", every = "${telefonpolicy.availability.decision-interval:1s}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        check();
    }

    /** Decides the diversions that can be decided now; returns how many violations this call recorded. */
    @Transactional
    public int check() {
        if (!locks.tryLock(AdvisoryLocks.Job.STALE_DIVERSIONS, "all")) {
            return 0;
        }
        Optional<Instant> w = watermark.current();
        int recorded = 0;
        var decidable = history.decidableDiversions(w.map(t -> t.minus(config.staleGrace())).orElse(null), BATCH);
        for (var pending : decidable) {
            var diversion = pending.diversion();
            switch (DiversionViolation.staleness(diversion, pending.nextChangeAt(), w.orElse(null), config.staleGrace())) {
                case UNDECIDED -> {
                    continue;
                }
                case STALE -> {
                    if (violations.recordOnce(DiversionViolation.stale(diversion, pending.unitId(), config.staleGrace(),
                            clock.instant()))) {
                        recorded++;
                    }
                }
                case NOT_STALE -> {
                    // nothing to record: it ended in time
                }
            }
            history.markStaleDecided(diversion.employeeId(), diversion.since());
        }
        if (w.isPresent() && decidable.size() < BATCH) {
            // every diversion decidable at this watermark is decided (a full batch leaves some for the next round)
            watermark.decided(JOB, w.get());
        }
        return recorded;
    }
}
