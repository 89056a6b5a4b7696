package se.telefonpolicy.availability.messaging;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import se.telefonpolicy.availability.domain.DiversionViolation;
import se.telefonpolicy.availability.domain.Presence;
import se.telefonpolicy.availability.persistence.MemberRepository;
import se.telefonpolicy.availability.persistence.PresenceHistoryRepository;
import se.telefonpolicy.availability.persistence.PresenceRepository;
import se.telefonpolicy.contracts.availability.StatusChanged;
import se.telefonpolicy.platform.outbox.Outbox;

/**
 * Every presence change, from the PBX or from a person, in the caller's transaction (outbox): kept in the
 * history (which the event-time decisions read, see jobs), and, when it is the newest known, stored as the
 * current presence and published as StatusChanged on availability.status.v1.
 */
@ApplicationScoped
public class PresenceChanges {

    private final PresenceRepository presences;
    private final PresenceHistoryRepository history;
    private final Outbox outbox;
    private final DiversionViolations violations;
    private final MemberRepository members;
    private final Clock clock;

    public PresenceChanges(PresenceRepository presences, PresenceHistoryRepository history, Outbox outbox,
            DiversionViolations violations, MemberRepository members, Clock clock) {
        this.presences = presences;
        this.history = history;
        this.outbox = outbox;
        this.violations = violations;
        this.members = members;
        this.clock = clock;
    }

    /**
     * Applies the change; false when a newer status is already known (the change is then kept in the history
     * only: it still happened, and the desks and diversions are judged in event-time order). An absence without
     * a return time (only the PBX can report one; REST refuses it) is stored as reported and is a
     * DIVERSION_RETURN_TIME violation, decided from the change itself.
     */
    @Transactional(TxType.MANDATORY)
    public boolean apply(Presence next) {
        // the unit as the directory last said, so subscribers can group by unit without the directory
        String unitId = members.findByIdOptional(next.employeeId()).map(m -> m.unitId).orElse(null);
        history.record(next, unitId);
        DiversionViolation.missingReturnTime(next, unitId, clock.instant()).ifPresent(violations::recordOnce);
        var current = presences.findPresence(next.employeeId());
        if (next.isOlderThan(current.orElse(null))) {
            return false;
        }
        presences.save(next);
        outbox.publish(new StatusChanged(next.employeeId(), unitId, next.status(),
                current.map(Presence::status).orElse(null), next.source(), next.since(), next.returnAt(),
                next.message(), next.divertTarget()));
        return true;
    }
}
