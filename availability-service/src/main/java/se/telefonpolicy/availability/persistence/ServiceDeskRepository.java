package se.telefonpolicy.availability.persistence;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import se.telefonpolicy.availability.domain.ServiceDesk;
import se.telefonpolicy.contracts.directory.OpeningException;
import se.telefonpolicy.contracts.directory.OpeningHours;

@ApplicationScoped
public class ServiceDeskRepository implements PanacheRepositoryBase<ServiceDeskEntity, String> {

    /**
     * Keeps the directory's latest description; an older snapshot (a replay) does not overwrite a newer one.
     *
     * @param watermark asked only when the unit becomes a desk (new, or removed before): coverage is judged from
     *                  that event time on, so a unit named a desk today is not judged for the weeks before it was one
     */
    public void save(ServiceDesk desk, Supplier<Optional<Instant>> watermark) {
        ServiceDeskEntity e = findByIdOptional(desk.unitId()).orElseGet(ServiceDeskEntity::new);
        if (e.updatedAt != null && desk.updatedAt().isBefore(e.updatedAt)) {
            return;
        }
        if (e.updatedAt == null || e.removed) {
            e.trackedFrom = watermark.get().orElse(null);
        }
        e.unitId = desk.unitId();
        e.name = desk.name();
        e.openingHours = desk.openingHours().stream()
                .map(h -> h.day() + " " + h.opens() + "-" + h.closes())
                .collect(Collectors.joining(";"));
        e.exceptions = desk.exceptions().stream()
                .map(x -> x.date() + " " + (x.closed() ? "closed" : x.opens() + "-" + x.closes()))
                .collect(Collectors.joining(";"));
        e.minimumStaffing = desk.minimumStaffing();
        e.updatedAt = desk.updatedAt();
        e.removed = false;
        persist(e);
    }

    /**
     * The unit is no service desk any more (as of {@code asOf}), or was deleted; an older message
     * changes nothing. The row stays, marked removed, so that a replayed older snapshot cannot revive it.
     */
    public void remove(String unitId, Instant asOf) {
        ServiceDeskEntity e = findByIdOptional(unitId).orElse(null);
        if (e == null) {
            e = new ServiceDeskEntity();
            e.unitId = unitId;
            e.name = unitId;
            e.openingHours = "";
            e.exceptions = "";
            e.minimumStaffing = 1;
        } else if (asOf.isBefore(e.updatedAt)) {
            return;
        }
        e.updatedAt = asOf;
        e.removed = true;
        persist(e);
    }

    /** See {@link ServiceDeskEntity#trackedFrom}. */
    public Optional<Instant> trackedFrom(String unitId) {
        return findByIdOptional(unitId).map(e -> e.trackedFrom);
    }

    public Optional<ServiceDesk> find(String unitId) {
        return findByIdOptional(unitId).filter(e -> !e.removed).map(ServiceDeskRepository::toDomain);
    }

    public List<ServiceDesk> all() {
        return list("removed = false").stream().map(ServiceDeskRepository::toDomain).toList();
    }

    private static ServiceDesk toDomain(ServiceDeskEntity e) {
        List<OpeningHours> hours = parts(e.openingHours).map(p -> {
            String[] dayAndRange = p.split(" ");
            String[] range = dayAndRange[1].split("-");
            return new OpeningHours(DayOfWeek.valueOf(dayAndRange[0]), LocalTime.parse(range[0]), LocalTime.parse(range[1]));
        }).toList();
        List<OpeningException> exceptions = parts(e.exceptions).map(p -> {
            String[] dateAndRange = p.split(" ");
            LocalDate date = LocalDate.parse(dateAndRange[0]);
            if ("closed".equals(dateAndRange[1])) {
                return new OpeningException(date, null, null);
            }
            String[] range = dateAndRange[1].split("-");
            return new OpeningException(date, LocalTime.parse(range[0]), LocalTime.parse(range[1]));
        }).toList();
        return new ServiceDesk(e.unitId, e.name, hours, exceptions, e.minimumStaffing, e.updatedAt);
    }

    private static java.util.stream.Stream<String> parts(String joined) {
        return Arrays.stream(joined.split(";")).filter(p -> !p.isBlank());
    }
}
