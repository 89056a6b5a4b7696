package se.telefonpolicy.simulator.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the simulator made happen, as it decided it: the ground truth its expectation is computed from,
 * independently of how the services read the events.
 */
public record Truth(List<Call> calls, List<Task> tasks, List<Diversion> diversions, List<DeskDay> deskDays) {

    /**
     * An offered call.
     *
     * @param unitId     the unit accountable: the called person's unit, or the called service desk
     * @param transfers  how many times it was transferred after it was answered
     */
    public record Call(String callId, String unitId, Instant offeredAt, boolean answered, int transfers) {
    }

    /**
     * A callback task the services should open (a message left, or a missed call to a desk whose missed calls
     * create tasks), and the simulated officer's first callback attempt.
     *
     * @param firstAttemptAt null when no attempt was made by the simulation's "now"
     */
    public record Task(String callId, String unitId, Instant createdAt, Instant dueAt, Instant firstAttemptAt) {
    }

    /**
     * A diversion (any status but available) and when it really ended.
     *
     * @param returnAt null when set without a return time (DIVERSION_RETURN_TIME)
     * @param endedAt  when the person was back (the next status)
     */
    public record Diversion(String employeeId, String unitId, Instant since, Instant returnAt, Instant endedAt) {
    }

    /** A service desk's opening day: time open, and time staffed to its minimum. */
    public record DeskDay(String unitId, LocalDate date, long openSeconds, long coveredSeconds) {
    }
}
