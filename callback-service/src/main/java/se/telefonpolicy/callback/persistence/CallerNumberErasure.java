package se.telefonpolicy.callback.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.platform.watermark.Watermarks;

/**
 * Personal data: a closed task's caller number is erased {@code erase-after} (P90D) after it
 * closed. The row stays, so counts, deadlines and on-time statistics are untouched. Kept outbound
 * calls (numbers called) go {@code outbound-kept} (P14D) behind the calls' watermark, and presence history
 * {@code status-kept} (P14D) behind the statuses' watermark (the status in force then stays): a replay of a past
 * period keeps what its own decisions need, whatever the wall clock says.
 */
@ApplicationScoped
public class CallerNumberErasure {

    private static final Logger LOG = Logger.getLogger(CallerNumberErasure.class);

    private final CallbackTaskRepository tasks;
    private final OutboundCallRepository outboundCalls;
    private final Clock clock;
    private final Duration eraseAfter;
    private final Duration outboundKept;
    private final AbsenceRepository absences;
    private final Watermarks watermarks;
    private final Duration statusKept;

    public CallerNumberErasure(CallbackTaskRepository tasks, OutboundCallRepository outboundCalls,
            AbsenceRepository absences, Watermarks watermarks, Clock clock,
            @ConfigProperty(name = "telefonpolicy.callback.erase-after") Duration eraseAfter,
            @ConfigProperty(name = "telefonpolicy.callback.outbound-kept") Duration outboundKept,
            @ConfigProperty(name = "telefonpolicy.callback.status-kept") Duration statusKept) {
        this.tasks = tasks;
        this.outboundCalls = outboundCalls;
        this.absences = absences;
        this.watermarks = watermarks;
        this.clock = clock;
        this.eraseAfter = eraseAfter;
        this.outboundKept = outboundKept;
        this.statusKept = statusKept;
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
        Instant now = clock.instant();
        int erased = tasks.eraseCallerNumbersClosedBefore(now.minus(eraseAfter));
        Instant calls = watermarks.of(List.of(Topic.PBX_CALLS.topicName())).filter(w -> w.isBefore(now)).orElse(now);
        outboundCalls.forgetPlacedBefore(calls.minus(outboundKept));
        watermarks.of(List.of(Topic.AVAILABILITY_STATUS.topicName()))
                .ifPresent(statuses -> absences.forgetReplacedBefore(statuses.minus(statusKept)));
        if (erased > 0) {
            LOG.infof("Erased the caller number of %d callback tasks closed more than %s ago", erased, eraseAfter);
        }
        return erased;
    }
}
