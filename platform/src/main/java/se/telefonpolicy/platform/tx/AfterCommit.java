package se.telefonpolicy.platform.tx;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs an action once the current transaction has committed, or at once without one: a counter moves
 * only for what was really recorded, never for a batch that rolled back and is retried; the outbox relay
 * is woken only for rows that exist.
 */
@ApplicationScoped
public class AfterCommit {

    private final TransactionSynchronizationRegistry transactions;

    public AfterCommit(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    public void run(Runnable action) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            action.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // only the outcome matters
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
