package se.telefonpolicy.platform.security;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one rule for what a manager may see, the same in every service: the subtree of every unit they
 * manage, where they manage the unit their token names ({@code unit_id}) and every unit whose manager the
 * directory says they are. A unit outside it is refused whether it exists or not, so a refusal tells
 * nothing about which unit ids exist. The directory may hold a loop by mistake: every walk stops at a unit
 * it has seen.
 */
public final class ManagerScope {

    private static final ManagerScope NONE = new ManagerScope(Set.of());

    private final Set<String> units;

    private ManagerScope(Set<String> units) {
        this.units = Collections.unmodifiableSet(units);
    }

    /** Nobody's: someone who manages nothing. */
    public static ManagerScope none() {
        return NONE;
    }

    /**
     * @param units       the directory's live units
     * @param employeeId  the manager (the token's employee); null if it names none
     * @param tokenUnitId the token's {@code unit_id}; null if it names none. In scope even while the directory
     *                    does not know it (yet): the token is the identity provider's word.
     */
    public static ManagerScope of(Collection<DirectoryUnit> units, String employeeId, String tokenUnitId) {
        List<String> roots = new ArrayList<>();
        if (tokenUnitId != null && !tokenUnitId.isBlank()) {
            roots.add(tokenUnitId);
        }
        Map<String, List<String>> children = new HashMap<>();
        for (DirectoryUnit u : units) {
            if (employeeId != null && employeeId.equals(u.managerEmployeeId())) {
                roots.add(u.unitId());
            }
            if (u.parentUnitId() != null) {
                children.computeIfAbsent(u.parentUnitId(), k -> new ArrayList<>()).add(u.unitId());
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(roots);
        while (!next.isEmpty()) {
            String id = next.poll();
            if (seen.add(id)) {
                next.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return seen.isEmpty() ? NONE : new ManagerScope(seen);
    }

    /** The units in scope, the managed ones and everything below them. */
    public Set<String> units() {
        return units;
    }

    public boolean covers(String unitId) {
        return unitId != null && units.contains(unitId);
    }

    public boolean isEmpty() {
        return units.isEmpty();
    }
}
