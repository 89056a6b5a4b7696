package se.telefonpolicy.platform.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * The three limits a consumer's batch works within, read together so they cannot drift apart (the values are set
 * side by side in platform's microprofile-config.properties):
 * <ul>
 * <li>the transaction timeout: the reaper aborts a transaction that runs longer
 * ({@code telefonpolicy.messaging.transaction-timeout}, also Quarkus's default transaction timeout);</li>
 * <li>the transaction budget, a quarter of it: {@link BoundedTransactions} commits and opens a new transaction once a
 * chunk of the batch has run that long;</li>
 * <li>SmallRye's unacknowledged-record limit ({@code throttled.unprocessed-record-max-age.ms}): a batch is
 * acknowledged when all of it is applied; a record older than this marks the channel failed. It must leave room for
 * a whole batch ({@code max.poll.records}) and a few retries on a slow machine.</li>
 * </ul>
 * A service whose settings break these relations does not start.
 */
@ApplicationScoped
public class ConsumerLimits {

    /** How many transaction timeouts a batch may take before SmallRye gives up on it. */
    static final int BATCH_TIMEOUTS = 5;

    private final Duration transactionTimeout;
    private final Duration unacknowledgedLimit;
    private final int maxPollRecords;

    public ConsumerLimits(
            @ConfigProperty(name = "telefonpolicy.messaging.transaction-timeout", defaultValue = "60s") Duration transactionTimeout,
            @ConfigProperty(name = "mp.messaging.connector.smallrye-kafka.throttled.unprocessed-record-max-age.ms",
                    defaultValue = "60000") long unacknowledgedLimitMs,
            @ConfigProperty(name = "mp.messaging.connector.smallrye-kafka.max.poll.records", defaultValue = "500") int maxPollRecords) {
        this.transactionTimeout = transactionTimeout;
        this.unacknowledgedLimit = Duration.ofMillis(unacknowledgedLimitMs);
        this.maxPollRecords = maxPollRecords;
    }

    public Duration transactionTimeout() {
        return transactionTimeout;
    }

    public Duration transactionBudget() {
        return transactionTimeout.dividedBy(4);
    }

    public Duration unacknowledgedLimit() {
        return unacknowledgedLimit;
    }

    public int maxPollRecords() {
        return maxPollRecords;
    }

    void check(@Observes StartupEvent event) {
        String problem = problem();
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    /** Why these limits do not fit together, or null when they do (0 disables SmallRye's limit). */
    String problem() {
        if (transactionTimeout.toSeconds() < 1) {
            return "telefonpolicy.messaging.transaction-timeout must be at least 1s, is " + transactionTimeout;
        }
        if (!unacknowledgedLimit.isZero() && unacknowledgedLimit.compareTo(transactionTimeout.multipliedBy(BATCH_TIMEOUTS)) < 0) {
            return "throttled.unprocessed-record-max-age.ms (" + unacknowledgedLimit.toMillis() + ") must be at least "
                    + BATCH_TIMEOUTS + " transaction timeouts (" + transactionTimeout.multipliedBy(BATCH_TIMEOUTS).toMillis()
                    + " ms): a batch is acknowledged only once all its chunks are committed";
        }
        return null;
    }
}
