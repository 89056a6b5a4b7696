package se.telefonpolicy.availability.persistence;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import se.telefonpolicy.availability.domain.Presence;
import se.telefonpolicy.contracts.availability.DivertTarget;
import se.telefonpolicy.contracts.availability.DivertTargetKind;
import se.telefonpolicy.contracts.availability.PresenceSource;
import se.telefonpolicy.contracts.availability.PresenceStatus;

@ApplicationScoped
public class PresenceRepository implements PanacheRepositoryBase<PresenceEntity, String> {

    public Optional<Presence> findPresence(String employeeId) {
        return findByIdOptional(employeeId).map(PresenceRepository::toPresence);
    }

    /** The known presences of these people, by employee id; one query. */
    public Map<String, Presence> findPresences(Collection<String> employeeIds) {
        if (employeeIds.isEmpty()) {
            return Map.of();
        }
        return list("employeeId in ?1", employeeIds).stream().map(PresenceRepository::toPresence)
                .collect(Collectors.toMap(Presence::employeeId, Function.identity()));
    }

    public void save(Presence p) {
        PresenceEntity e = findByIdOptional(p.employeeId()).orElseGet(PresenceEntity::new);
        e.employeeId = p.employeeId();
        e.status = p.status().name();
        e.since = p.since();
        e.returnAt = p.returnAt();
        e.message = p.message();
        e.divertKind = p.divertTarget() == null ? null : p.divertTarget().kind().name();
        e.divertTargetId = p.divertTarget() == null ? null : p.divertTarget().targetId();
        e.source = p.source().name();
        persist(e);
    }

    private static Presence toPresence(PresenceEntity e) {
        DivertTarget target = e.divertKind == null ? null
                : new DivertTarget(DivertTargetKind.valueOf(e.divertKind), e.divertTargetId);
        return new Presence(e.employeeId, PresenceStatus.valueOf(e.status), e.since, e.returnAt, e.message, target,
                PresenceSource.valueOf(e.source));
    }
}
