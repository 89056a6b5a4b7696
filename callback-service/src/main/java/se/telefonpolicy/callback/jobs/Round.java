package se.telefonpolicy.callback.jobs;

import java.util.UUID;

/**
 * One round of {@link EventTimeDecisions}: complete unless a step stopped at a task a consumer was changing. Then the
 * step leaves that task and the rest of its queue to the next round (a second later), and the round does not move
 * the job's decided watermark: what is forwarded downstream waits until every decision up to it is taken.
 */
final class Round {

    private UUID stoppedAt;

    void stoppedAt(UUID busyTask) {
        if (stoppedAt == null) {
            stoppedAt = busyTask;
        }
    }

    boolean complete() {
        return stoppedAt == null;
    }

    UUID stoppedAt() {
        return stoppedAt;
    }
}
