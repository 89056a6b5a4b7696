package se.telefonpolicy.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ManagerScopeTest {

    //  kommun (m-top)
    //  ├── bygg (m-bygg)
    //  │   └── bygglov (none)
    //  └── social (m-social)
    //      └── ekonomi (m-bygg: one person may manage two branches)
    private static final List<DirectoryUnit> UNITS = List.of(
            new DirectoryUnit("kommun", null, "m-top"),
            new DirectoryUnit("bygg", "kommun", "m-bygg"),
            new DirectoryUnit("bygglov", "bygg", null),
            new DirectoryUnit("social", "kommun", "m-social"),
            new DirectoryUnit("ekonomi", "social", "m-bygg"));

    @Test
    void theTokensUnitGivesItsSubtree() {
        assertThat(ManagerScope.of(UNITS, "someone", "bygg").units()).containsExactlyInAnyOrder("bygg", "bygglov");
        assertThat(ManagerScope.of(UNITS, null, "kommun").units()).hasSize(5);
    }

    @Test
    void theDirectorysManagerLinkAddsEveryUnitTheyManage() {
        // no unit in the token: the directory alone
        assertThat(ManagerScope.of(UNITS, "m-bygg", null).units()).containsExactlyInAnyOrder("bygg", "bygglov", "ekonomi");
        // the token's unit and the directory's links together
        assertThat(ManagerScope.of(UNITS, "m-social", "bygglov").units())
                .containsExactlyInAnyOrder("bygglov", "social", "ekonomi");
    }

    @Test
    void aSiblingOrAParentIsOutside() {
        ManagerScope scope = ManagerScope.of(UNITS, "m-bygg", "bygg");
        assertThat(scope.covers("social")).isFalse();
        assertThat(scope.covers("kommun")).isFalse();
        assertThat(scope.covers("finns-inte")).isFalse();
        assertThat(scope.covers(null)).isFalse();
    }

    @Test
    void aTokenUnitTheDirectoryDoesNotKnowIsStillTheirs() {
        assertThat(ManagerScope.of(UNITS, "new", "ny-enhet").units()).containsExactly("ny-enhet");
    }

    @Test
    void someoneWhoManagesNothingSeesNothing() {
        assertThat(ManagerScope.of(UNITS, "e-1", null).isEmpty()).isTrue();
        assertThat(ManagerScope.of(UNITS, null, " ").isEmpty()).isTrue();
        assertThat(ManagerScope.none().covers("kommun")).isFalse();
    }

    @Test
    void aLoopInTheDirectoryEnds() {
        List<DirectoryUnit> loop = List.of(new DirectoryUnit("a", "b", "m"), new DirectoryUnit("b", "a", null));
        assertThat(ManagerScope.of(loop, "m", null).units()).containsExactlyInAnyOrder("a", "b");
    }
}
