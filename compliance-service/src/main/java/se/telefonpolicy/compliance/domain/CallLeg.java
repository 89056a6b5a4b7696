package se.telefonpolicy.compliance.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * ANSWER_RATE per leg (BRIEF, "Event time"): a leg is one offer of a call to one party. CallOffered offers the
 * call's first leg; a CallTransferred offers a new leg to its new party; a CallAnswered or CallMissed ends the
 * leg at the party it names. A leg is known by call and party, so its facts may be read in any order (a
 * transferred call's events come under different keys) and a replayed fact is no news.
 *
 * @param party            {@link #party}: the employee or unit the leg rang at
 * @param unitId           the unit the leg counts for (the unit, or the employee's unit); null while unknown
 * @param firstOfferedAt   from CallOffered: this is the call's first leg
 * @param transferredInAt  from a CallTransferred to this party
 */
public record CallLeg(String callId, String party, String unitId, Instant firstOfferedAt, Instant transferredInAt,
        Instant answeredAt, Instant missedAt) {

    /** One fact about a leg, from one PBX event. */
    public enum Fact { OFFERED, TRANSFERRED_IN, ANSWERED, MISSED }

    /**
     * What one fact that was news for a leg adds to the counts: per leg ({@code leg*}) and per call, i.e. for
     * first legs ({@code call*}). A leg's answer or miss counts once the leg is known to have been offered, and as
     * a call's once it is known to be the first leg, whichever of the facts was read last.
     */
    public record Counted(boolean legOffered, boolean legAnswered, boolean legMissed, boolean callOffered,
            boolean callAnswered, boolean callMissed) {

        public static final Counted NOTHING = new Counted(false, false, false, false, false, false);
    }

    public CallLeg {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(party, "party");
    }

    /** The party a PBX event names: exactly one of an employee (their own number) and a unit. */
    public static String party(String employeeId, String unitId) {
        return employeeId != null ? "employee:" + employeeId : "unit:" + Objects.requireNonNull(unitId, "unitId");
    }

    public boolean offered() {
        return firstOfferedAt != null || transferredInAt != null;
    }

    public boolean first() {
        return firstOfferedAt != null;
    }

    /** The leg's offer: the earlier of its CallOffered and the transfer to it. */
    public Instant offeredAt() {
        if (firstOfferedAt == null || transferredInAt == null) {
            return firstOfferedAt != null ? firstOfferedAt : transferredInAt;
        }
        return firstOfferedAt.isBefore(transferredInAt) ? firstOfferedAt : transferredInAt;
    }

    /** What {@code fact}, news for this leg, counts; this leg is as it stands with the fact applied. */
    public Counted counted(Fact fact) {
        boolean answered = answeredAt != null;
        boolean missed = missedAt != null;
        return switch (fact) {
            // a leg transferred to before its CallOffered was read was counted as offered then
            case OFFERED -> {
                boolean newLeg = transferredInAt == null;
                yield new Counted(newLeg, newLeg && answered, newLeg && missed, true, answered, missed);
            }
            case TRANSFERRED_IN -> firstOfferedAt != null ? Counted.NOTHING
                    : new Counted(true, answered, missed, false, false, false);
            case ANSWERED -> new Counted(false, offered(), false, false, first(), false);
            case MISSED -> new Counted(false, false, offered(), false, false, first());
        };
    }
}
