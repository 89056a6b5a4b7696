package se.telefonpolicy.directory.api;

import java.time.Instant;

import se.telefonpolicy.directory.domain.Unit;

public record UnitView(String id, String name, String parentId, Instant updatedAt) {

    static UnitView of(Unit unit) {
        return new UnitView(unit.id(), unit.name(), unit.parentId(), unit.updatedAt());
    }
}
