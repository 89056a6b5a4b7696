package se.telefonpolicy.availability.jobs;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;
import se.telefonpolicy.availability.config.AvailabilityConfig;
import se.telefonpolicy.availability.domain.DiversionViolation;
import se.telefonpolicy.availability.persistence.DiversionViolationRepository;
import se.telefonpolicy.availability.persistence.PresenceRepository;

/**
 * DIVERSION_STALE: every 30 s, diversions whose return time passed more than the grace ago with the
 * status unchanged are recorded, each once whatever the number of instances running this check
 * (see {@link DiversionViolationRepository} for how). 30 s keeps a report within a minute of the grace ending.
 */
@ApplicationScoped
public class StaleDiversionCheck {

    private final PresenceRepository presences;
    private final DiversionViolationRepository violations;
    private final AvailabilityConfig config;
    private final Clock clock;

    public StaleDiversionCheck(PresenceRepository presences, DiversionViolationRepository violations,
            AvailabilityConfig config, Clock clock) {
        this.presences = presences;
        this.violations = violations;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "stale-diversions", every = "${telefonpolicy.availability.stale-check-interval:30s}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        check();
    }

    /** Records the stale diversions not yet reported; returns how many this call recorded. */
    @Transactional
    public int check() {
        Instant now = clock.instant();
        int recorded = 0;
        for (var presence : presences.diversionsReturningBefore(now.minus(config.staleGrace()))) {
            var stale = DiversionViolation.stale(presence, now, config.staleGrace());
            if (stale.isPresent() && violations.record(stale.get())) {
                recorded++;
            }
        }
        return recorded;
    }
}
