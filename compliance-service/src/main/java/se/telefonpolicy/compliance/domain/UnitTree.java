package se.telefonpolicy.compliance.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The unit tree from directory.units.v1: unit id → parent unit id (null at the top). */
public final class UnitTree {

    private final Map<String, String> parentOf;

    public UnitTree(Map<String, String> parentOf) {
        this.parentOf = Map.copyOf(parentOf.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** The unit and every unit below it, the unit first; a cycle in bad data cannot loop. */
    public List<String> subtree(String rootId) {
        Set<String> result = new LinkedHashSet<>();
        result.add(rootId);
        List<String> queue = new ArrayList<>(List.of(rootId));
        for (int i = 0; i < queue.size(); i++) {
            String parent = queue.get(i);
            parentOf.forEach((child, p) -> {
                if (p.equals(parent) && result.add(child)) {
                    queue.add(child);
                }
            });
        }
        return List.copyOf(result);
    }

    /** True when {@code unitId} is {@code ancestorId} or lies below it. */
    public boolean isWithin(String unitId, String ancestorId) {
        Set<String> seen = new LinkedHashSet<>();
        for (String u = unitId; u != null && seen.add(u); u = parentOf.get(u)) {
            if (u.equals(ancestorId)) {
                return true;
            }
        }
        return false;
    }
}
