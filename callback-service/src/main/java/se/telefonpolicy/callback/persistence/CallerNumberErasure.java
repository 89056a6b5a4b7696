package se.telefonpolicy.callback.persistence;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Personal data: a closed task's caller number is erased {@code erase-after} (P90D) after it
 * closed. The row stays, so counts, deadlines and on-time statistics are untouched. Kept outbound
 * calls (numbers called) go after {@code outbound-kept} (P14D).
 */
@ApplicationScoped
public class CallerNumberErasure {

    private static final Logger LOG = Logger.getLogger(CallerNumberErasure.class);

    private final CallbackTaskRepository tasks;
    private final OutboundCallRepository outboundCalls;
    private final Clock clock;
    private final Duration eraseAfter;
    private final Duration outboundKept;

    public CallerNumberErasure(CallbackTaskRepository tasks, OutboundCallRepository outboundCalls, Clock clock,
            @ConfigProperty(name = "telefonpolicy.callback.erase-after") Duration eraseAfter,
            @ConfigProperty(name = "telefonpolicy.callback.outbound-kept") Duration outboundKept) {
        this.tasks = tasks;
        this.outboundCalls = outboundCalls;
        this.clock = clock;
        this.eraseAfter = eraseAfter;
        this.outboundKept = outboundKept;
    }

    /** Several instances may run it at once: the UPDATE is the same whoever runs it. */
    @Scheduled(every = "${telefonpolicy.callback.erase-every}", identity = "caller-number-erasure",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        eraseExpired();
    }

    /** Erases what is due as of the clock's now; returns how many tasks lost their number. */
    @Transactional
    public int eraseExpired() {
        int erased = tasks.eraseCallerNumbersClosedBefore(clock.instant().minus(eraseAfter));
        outboundCalls.forgetPlacedBefore(clock.instant().minus(outboundKept));
        if (erased > 0) {
            LOG.infof("Erased the caller number of %d callback tasks closed more than %s ago", erased, eraseAfter);
        }
        return erased;
    }
}
