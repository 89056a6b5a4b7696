package se.telefonpolicy.availability.domain;

import java.util.Optional;

/**
 * Erlang C staffing for a service desk: how many people must answer the phone so that a share of
 * callers is answered within a target time.
 *
 * <p>Why the Erlang B recursion: the textbook formula has A^N / N!, which overflows a double beyond
 * about 170 agents and loses precision long before. {@code B(n) = A·B(n-1) / (n + A·B(n-1))} stays
 * between 0 and 1 at every step, and Erlang C follows from B without factorials.
 */
public final class ErlangC {

    /** The largest team the advice covers; beyond it an answer is not staffing advice for a municipal desk. */
    public static final int MAX_AGENTS = 200;

    private final double trafficErlangs;
    private final double ahtSeconds;
    private final double targetAnswerSeconds;
    /** Erlang B for 0..MAX_AGENTS agents, computed once. */
    private final double[] erlangB = new double[MAX_AGENTS + 1];

    /**
     * @param callsPerHour        calls offered per hour, &gt; 0
     * @param ahtSeconds          average handling time (talk and wrap-up) in seconds, &gt; 0
     * @param targetAnswerSeconds answered within this many seconds counts as served, &ge; 0
     */
    public ErlangC(double callsPerHour, double ahtSeconds, double targetAnswerSeconds) {
        if (!(callsPerHour > 0) || Double.isInfinite(callsPerHour)) {
            throw new IllegalArgumentException("callsPerHour must be a positive number");
        }
        if (!(ahtSeconds > 0) || Double.isInfinite(ahtSeconds)) {
            throw new IllegalArgumentException("ahtSeconds must be a positive number");
        }
        if (!(targetAnswerSeconds >= 0) || Double.isInfinite(targetAnswerSeconds)) {
            throw new IllegalArgumentException("targetAnswerSeconds must be zero or more");
        }
        this.trafficErlangs = callsPerHour * ahtSeconds / 3600.0;
        this.ahtSeconds = ahtSeconds;
        this.targetAnswerSeconds = targetAnswerSeconds;
        erlangB[0] = 1.0;
        for (int n = 1; n <= MAX_AGENTS; n++) {
            double previous = erlangB[n - 1];
            erlangB[n] = trafficErlangs * previous / (n + trafficErlangs * previous);
        }
    }

    /** The offered load: calls per second times the handling time. */
    public double trafficErlangs() {
        return trafficErlangs;
    }

    /** The figures for a team of {@code agents} (1..MAX_AGENTS). */
    public Figures figures(int agents) {
        if (agents < 1 || agents > MAX_AGENTS) {
            throw new IllegalArgumentException("agents must be between 1 and " + MAX_AGENTS);
        }
        if (agents <= trafficErlangs) {
            // more work arrives than the team can do: the queue grows without bound
            return new Figures(agents, 1.0, 0.0, null, 1.0, false);
        }
        double b = erlangB[agents];
        double pWait = agents * b / (agents - trafficErlangs * (1 - b));
        double spare = agents - trafficErlangs;
        double serviceLevel = 1 - pWait * Math.exp(-spare * targetAnswerSeconds / ahtSeconds);
        double asa = pWait * ahtSeconds / spare;
        return new Figures(agents, pWait, serviceLevel, asa, trafficErlangs / agents, true);
    }

    /** The smallest team whose service level reaches the target, if one of at most MAX_AGENTS does. */
    public Optional<Figures> agentsNeeded(double targetServiceLevel) {
        if (!(targetServiceLevel > 0 && targetServiceLevel < 1)) {
            throw new IllegalArgumentException("targetServiceLevel must be between 0 and 1, exclusive");
        }
        for (int n = Math.max(1, (int) Math.floor(trafficErlangs) + 1); n <= MAX_AGENTS; n++) {
            Figures f = figures(n);
            if (f.serviceLevel() >= targetServiceLevel) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * What a team of this size achieves.
     *
     * @param agents                      people answering
     * @param probabilityOfWaiting        share of callers who queue (Erlang C)
     * @param serviceLevel                share answered within the target time
     * @param averageSpeedOfAnswerSeconds mean wait over all callers; absent when the queue never empties
     * @param occupancy                   share of the team's time spent on calls
     * @param stable                      false when the traffic is at least the team size
     */
    public record Figures(int agents, double probabilityOfWaiting, double serviceLevel,
            Double averageSpeedOfAnswerSeconds, double occupancy, boolean stable) {
    }
}
