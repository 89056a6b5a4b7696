package se.telefonpolicy.staffweb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class UnitTreeTest {

    private static UnitTree.Node unit(String id, String name, String parent) {
        return new UnitTree.Node(id, name, parent, false);
    }

    private final UnitTree tree = new UnitTree(List.of(
            unit("kommun", "Fagersta kommun", null),
            unit("soc", "Socialförvaltningen", "kommun"),
            unit("bygg", "Bygg- och miljö", "kommun"),
            unit("aldre", "Äldreomsorg", "soc"),
            unit("ifo", "Individ- och familjeomsorg", "soc"),
            unit("hemtj", "Hemtjänst", "aldre"),
            new UnitTree.Node("kc", "Kontaktcenter", "kommun", true)));

    private static List<String> ids(List<UnitTree.Placed> placed) {
        return placed.stream().map(p -> p.unit().id()).toList();
    }

    @Test
    void subtreeIsTheUnitThenEveryUnitBelowDepthFirstInSwedishOrder() {
        // Ä sorts after I in Swedish
        assertThat(ids(tree.subtree("soc"))).containsExactly("soc", "ifo", "aldre", "hemtj");
        assertThat(tree.subtree("soc").stream().map(UnitTree.Placed::depth)).containsExactly(0, 1, 1, 2);
    }

    @Test
    void aLeafIsItsOwnSubtreeAndAnUnknownUnitHasNone() {
        assertThat(ids(tree.subtree("hemtj"))).containsExactly("hemtj");
        assertThat(tree.subtree("finns-inte")).isEmpty();
        assertThat(tree.subtreeIds("aldre")).containsExactlyInAnyOrder("aldre", "hemtj");
    }

    @Test
    void ancestorsRunFromTheTopDownToTheParent() {
        assertThat(tree.ancestors("hemtj").stream().map(UnitTree.Node::id)).containsExactly("kommun", "soc", "aldre");
        assertThat(tree.ancestors("kommun")).isEmpty();
    }

    @Test
    void childrenAndNames() {
        assertThat(tree.children("kommun").stream().map(UnitTree.Node::id)).containsExactly("bygg", "kc", "soc");
        assertThat(tree.name("ifo")).isEqualTo("Individ- och familjeomsorg");
        assertThat(tree.name("okand")).isEqualTo("okand");
    }

    @Test
    void allStartsAtTheRootsAndAParentTheTreeLacksMakesARoot() {
        UnitTree orphaned = new UnitTree(List.of(unit("a", "A", null), unit("b", "B", "saknas"), unit("c", "C", "a")));
        assertThat(ids(orphaned.all())).containsExactly("a", "c", "b");
        assertThat(ids(tree.all())).hasSize(7).startsWith("kommun");
    }

    @Test
    void aCycleInBadDataDoesNotLoop() {
        UnitTree cycle = new UnitTree(List.of(unit("a", "A", "b"), unit("b", "B", "a")));
        assertThat(ids(cycle.subtree("a"))).containsExactly("a", "b");
        assertThat(cycle.ancestors("a").stream().map(UnitTree.Node::id)).containsExactly("b");
    }

    @Test
    void aUnitWithoutANameIsShownByItsId() {
        UnitTree t = new UnitTree(List.of(unit("x", null, null), unit("y", " ", "x")));
        assertThat(t.name("x")).isEqualTo("x");
        assertThat(t.name("y")).isEqualTo("y");
        assertThat(ids(t.subtree("x"))).containsExactly("x", "y");
    }
}
