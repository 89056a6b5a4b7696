package se.telefonpolicy.callback.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class UnitTreeTest {

    //  kommun (mgr-k)
    //  ├── bygg (mgr-b)
    //  │   └── bygglov (no manager)
    //  └── social (mgr-s)
    private final UnitTree tree = new UnitTree(List.of(
            new UnitTree.Unit("kommun", null, "mgr-k"),
            new UnitTree.Unit("bygg", "kommun", "mgr-b"),
            new UnitTree.Unit("bygglov", "bygg", null),
            new UnitTree.Unit("social", "kommun", "mgr-s")));

    @Test
    void aSubtreeIsTheUnitAndEveryUnitBelowItNotItsSiblings() {
        assertThat(tree.subtree("bygg")).containsExactlyInAnyOrder("bygg", "bygglov");
        assertThat(tree.subtree("kommun")).containsExactlyInAnyOrder("kommun", "bygg", "bygglov", "social");
        assertThat(tree.subtree("social")).containsExactly("social");
        assertThat(tree.subtree("unknown")).containsExactly("unknown");
    }

    @Test
    void theManagerIsTheUnitsElseTheNearestAboveSkippingTheExcludedPerson() {
        assertThat(tree.managerFor("bygg", null)).contains("mgr-b");
        assertThat(tree.managerFor("bygglov", null)).contains("mgr-b");
        assertThat(tree.managerFor("bygg", "mgr-b")).contains("mgr-k");
        assertThat(tree.managerFor("kommun", "mgr-k")).isEmpty();
        assertThat(tree.managerFor("unknown", null)).isEmpty();
        assertThat(tree.managerFor(null, null)).isEmpty();
    }

    @Test
    void aLoopInTheDirectoryEndsEveryWalk() {
        UnitTree loop = new UnitTree(List.of(new UnitTree.Unit("a", "b", null),
                new UnitTree.Unit("b", "a", null)));
        assertThat(loop.subtree("a")).containsExactlyInAnyOrder("a", "b");
        assertThat(loop.managerFor("a", null)).isEmpty();
    }
}
