package se.telefonpolicy.callback.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The directory's units as a tree (parent, manager), as directory.units.v1 last told it: a unit's
 * subtree (what a manager's list of a unit covers; who may see it is platform's ManagerScope), and the
 * nearest manager above an assignee, who takes a task nobody else can. The directory may hold a loop or a dangling parent by mistake: every walk here
 * stops at a unit it has seen, so a bad directory never hangs a request.
 */
public final class UnitTree {

    /** One unit: its parent (null at the top), its manager (null if none is set). */
    public record Unit(String unitId, String parentUnitId, String managerEmployeeId) {
    }

    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();

    public UnitTree(Collection<Unit> all) {
        for (Unit u : all) {
            units.put(u.unitId(), u);
            if (u.parentUnitId() != null) {
                children.computeIfAbsent(u.parentUnitId(), k -> new ArrayList<>()).add(u.unitId());
            }
        }
    }

    public Optional<Unit> unit(String unitId) {
        return Optional.ofNullable(unitId == null ? null : units.get(unitId));
    }

    /** The unit and every unit below it; the unit alone if the directory does not know it (yet). */
    public Set<String> subtree(String rootUnitId) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>();
        next.add(rootUnitId);
        while (!next.isEmpty()) {
            String id = next.poll();
            if (seen.add(id)) {
                next.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return seen;
    }

    /**
     * The manager of the unit, else of the nearest unit above with one, passing over {@code except}
     * (the absent assignee may be the manager themself); empty if there is none up to the top.
     */
    public Optional<String> managerFor(String unitId, String except) {
        return nearestManager(unitId, manager -> manager.equals(except));
    }

    /** The nearest manager at or above the unit whom {@code passOver} does not rule out (away, or the assignee). */
    public Optional<String> nearestManager(String unitId, Predicate<String> passOver) {
        Set<String> seen = new HashSet<>();
        String id = unitId;
        while (id != null && seen.add(id)) {
            Unit u = units.get(id);
            if (u == null) {
                return Optional.empty();
            }
            if (u.managerEmployeeId() != null && !passOver.test(u.managerEmployeeId())) {
                return Optional.of(u.managerEmployeeId());
            }
            id = u.parentUnitId();
        }
        return Optional.empty();
    }
}
