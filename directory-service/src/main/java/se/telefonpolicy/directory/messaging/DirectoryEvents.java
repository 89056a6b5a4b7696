package se.telefonpolicy.directory.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.directory.domain.Unit;
import se.telefonpolicy.platform.outbox.Outbox;

/** The directory's events, written to the outbox in the caller's transaction; the one place a unit becomes a snapshot. */
@ApplicationScoped
public class DirectoryEvents {

    private final Outbox outbox;

    public DirectoryEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** A full snapshot on the compacted directory.units.v1: the latest one per unit is the unit. */
    public void unitChanged(Unit unit) {
        outbox.publish(new UnitSnapshot(unit.id(), unit.name(), unit.parentId(), null, null, null, false, null,
                false, unit.updatedAt()));
    }
}
