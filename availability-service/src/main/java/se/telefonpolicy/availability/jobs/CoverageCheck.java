package se.telefonpolicy.availability.jobs;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import se.telefonpolicy.availability.messaging.CoverageEvaluation;
import se.telefonpolicy.availability.persistence.ServiceDeskRepository;

/**
 * SERVICE_DESK_STAFFED between presence changes: every 30 s each service desk is evaluated, so a gap
 * is published within 30 s of outlasting the grace and a closing ends it, even when nobody's status
 * changes. One transaction per desk: a failing desk does not hold up the others.
 */
@ApplicationScoped
public class CoverageCheck {

    private final ServiceDeskRepository desks;
    private final CoverageEvaluation evaluation;
    private final Clock clock;

    public CoverageCheck(ServiceDeskRepository desks, CoverageEvaluation evaluation, Clock clock) {
        this.desks = desks;
        this.evaluation = evaluation;
        this.clock = clock;
    }

    @Scheduled(identity = "service-desk-coverage", every = "${telefonpolicy.availability.coverage-check-interval:30s}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        tick();
    }

    /** Evaluates every service desk up to the clock's now; returns how many desks were evaluated. */
    public int tick() {
        Instant now = clock.instant();
        var all = QuarkusTransaction.requiringNew().call(desks::all);
        all.forEach(desk -> QuarkusTransaction.requiringNew().run(() -> evaluation.evaluate(desk, now)));
        return all.size();
    }
}
