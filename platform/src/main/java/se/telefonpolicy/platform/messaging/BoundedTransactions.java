package se.telefonpolicy.platform.messaging;

import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Applies a polled batch in as many transactions as it takes, each closed once it has run for a quarter of the
 * transaction timeout: however slow the machine, no transaction meets the reaper, and a batch always moves on.
 * A batch that fails half-way is retried whole; what a committed chunk applied is skipped then by the inbox.
 * The limits this works within are set together in {@link ConsumerLimits}.
 */
@ApplicationScoped
public class BoundedTransactions {

    private final Duration budget;
    private final Duration timeout;

    public BoundedTransactions(ConsumerLimits limits) {
        this.budget = limits.transactionBudget();
        this.timeout = limits.transactionTimeout();
    }

    /**
     * @param items     the batch's records, in the order they were read
     * @param newChunk  the state one transaction collects (dead letters, partition times, counts)
     * @param apply     applies one record within the current chunk's transaction
     * @param endOfChunk runs last in each chunk's transaction (writes what the chunk collected)
     * @return the chunks, each committed
     */
    public <T, C> List<C> apply(List<T> items, Supplier<C> newChunk, BiConsumer<C, T> apply, Consumer<C> endOfChunk) {
        List<C> chunks = new java.util.ArrayList<>();
        int next = 0;
        do {
            int from = next;
            C chunk = newChunk.get();
            next = QuarkusTransaction.requiringNew().timeout((int) Math.max(1, timeout.toSeconds())).call(() -> {
                long closeAt = System.nanoTime() + budget.toNanos();
                int i = from;
                while (i < items.size()) {
                    apply.accept(chunk, items.get(i++));
                    if (System.nanoTime() - closeAt >= 0) {
                        break;
                    }
                }
                endOfChunk.accept(chunk);
                return i;
            });
            chunks.add(chunk);
        } while (next < items.size());
        return chunks;
    }
}
