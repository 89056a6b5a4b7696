package se.telefonpolicy.staffweb.domain;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The directory's unit tree as the manager's page walks it: a unit's subtree (itself first, then every unit below it,
 * depth first, siblings in Swedish alphabetical order) and the units above it. Only for showing: which units a manager
 * may see is each service's decision, not this one's.
 */
public final class UnitTree {

    /** One unit as the directory lists it. */
    public record Node(String id, String name, String parentId, boolean serviceFunction) {
    }

    /** A unit in a subtree, with its depth below the subtree's root (the root is 0). */
    public record Placed(Node unit, int depth) {
    }

    private static final Comparator<Node> BY_NAME = Comparator.comparing(
            (Node n) -> n.name() == null ? n.id() : n.name(), Collator.getInstance(SwedishTime.SWEDISH))
            .thenComparing(Node::id);

    private final Map<String, Node> byId = new LinkedHashMap<>();
    private final Map<String, List<Node>> children = new LinkedHashMap<>();

    public UnitTree(List<Node> units) {
        for (Node n : units) {
            byId.put(n.id(), n);
        }
        for (Node n : byId.values()) {
            if (n.parentId() != null && byId.containsKey(n.parentId())) {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        children.values().forEach(list -> list.sort(BY_NAME));
    }

    public Optional<Node> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The unit's name, or its id when the directory does not (yet) know it. */
    public String name(String id) {
        return find(id).map(n -> n.name() == null || n.name().isBlank() ? n.id() : n.name()).orElse(id);
    }

    public List<Node> children(String id) {
        return List.copyOf(children.getOrDefault(id, List.of()));
    }

    /** The unit and everything below it, depth first; empty for a unit the tree does not have. */
    public List<Placed> subtree(String id) {
        List<Placed> out = new ArrayList<>();
        find(id).ifPresent(root -> walk(root, 0, out, new HashSet<>()));
        return out;
    }

    public Set<String> subtreeIds(String id) {
        Set<String> ids = new HashSet<>();
        subtree(id).forEach(p -> ids.add(p.unit().id()));
        return ids;
    }

    /** The units above, from the top down to the parent; a cycle in bad data ends the walk. */
    public List<Node> ancestors(String id) {
        List<Node> up = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(id);
        Node at = byId.get(id);
        while (at != null && at.parentId() != null && seen.add(at.parentId())) {
            at = byId.get(at.parentId());
            if (at != null) {
                up.add(0, at);
            }
        }
        return up;
    }

    /** Every unit: the roots (no parent, or a parent the tree does not have) and their subtrees. */
    public List<Placed> all() {
        List<Placed> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        byId.values().stream().filter(n -> n.parentId() == null || !byId.containsKey(n.parentId())).sorted(BY_NAME)
                .forEach(root -> walk(root, 0, out, seen));
        return out;
    }

    private void walk(Node node, int depth, List<Placed> out, Set<String> seen) {
        if (!seen.add(node.id())) {
            return; // the directory refuses cycles; this only keeps a bad answer from looping
        }
        out.add(new Placed(node, depth));
        for (Node child : children.getOrDefault(node.id(), List.of())) {
            walk(child, depth + 1, out, seen);
        }
    }
}
