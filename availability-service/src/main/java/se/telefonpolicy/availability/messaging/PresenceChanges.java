package se.telefonpolicy.availability.messaging;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import se.telefonpolicy.availability.domain.DiversionViolation;
import se.telefonpolicy.availability.domain.Presence;
import se.telefonpolicy.availability.persistence.DiversionViolationRepository;
import se.telefonpolicy.availability.persistence.MemberRepository;
import se.telefonpolicy.availability.persistence.PresenceRepository;
import se.telefonpolicy.contracts.availability.StatusChanged;
import se.telefonpolicy.platform.outbox.Outbox;

/**
 * Every presence change, from the PBX or from a person: stored and published as StatusChanged on
 * availability.status.v1 in the caller's transaction (outbox), so neither happens without the other.
 */
@ApplicationScoped
public class PresenceChanges {

    private final PresenceRepository presences;
    private final Outbox outbox;
    private final DiversionViolationRepository violations;
    private final MemberRepository members;
    private final Clock clock;
    private final CoverageEvaluation coverage;

    public PresenceChanges(PresenceRepository presences, Outbox outbox, DiversionViolationRepository violations,
            MemberRepository members, Clock clock, CoverageEvaluation coverage) {
        this.coverage = coverage;
        this.presences = presences;
        this.outbox = outbox;
        this.violations = violations;
        this.members = members;
        this.clock = clock;
    }

    /**
     * Applies the change; false (and nothing written) when a newer status is already known. An absence
     * without a return time (only the PBX can report one; REST refuses it) is stored as reported and
     * recorded as a DIVERSION_RETURN_TIME violation.
     */
    @Transactional(TxType.MANDATORY)
    public boolean apply(Presence next) {
        var current = presences.findPresence(next.employeeId());
        if (next.isOlderThan(current.orElse(null))) {
            return false;
        }
        presences.save(next);
        // the unit as the directory last said, so subscribers can group by unit without the directory
        String unitId = members.findByIdOptional(next.employeeId()).map(m -> m.unitId).orElse(null);
        outbox.publish(new StatusChanged(next.employeeId(), unitId, next.status(),
                current.map(Presence::status).orElse(null), next.source(), next.since(), next.returnAt(),
                next.message(), next.divertTarget()));
        DiversionViolation.missingReturnTime(next, clock.instant()).ifPresent(violations::record);
        if (unitId != null) {
            // SERVICE_DESK_STAFFED: the time up to the change counts with the old staffed count, from it with the new.
            // The change's own time, not the clock's, so that a replayed period gives the same gaps at any speed.
            Instant now = clock.instant();
            coverage.evaluate(unitId, next.since().isBefore(now) ? next.since() : now);
        }
        return true;
    }
}
