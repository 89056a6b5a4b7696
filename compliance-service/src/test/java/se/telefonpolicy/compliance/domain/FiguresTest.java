package se.telefonpolicy.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The report's percentiles, call figures (ANSWER_RATE, RIGHT_OFFICER) and the unit tree. */
class FiguresTest {

    @Test
    void medianAndNearestRankP90() {
        assertThat(Percentiles.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
        assertThat(Percentiles.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        // ten values: rank ceil(9.0) = 9
        assertThat(Percentiles.p90(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0))).isEqualTo(9.0);
        // five values: rank ceil(4.5) = 5
        assertThat(Percentiles.p90(List.of(0.5, 0.75, 4.0, 5.5, 20.0))).isEqualTo(20.0);
        assertThat(Percentiles.median(List.of())).isNull();
        assertThat(Percentiles.p90(List.of())).isNull();
    }

    @Test
    void answerRateAndBouncedCalls() {
        assertThat(new CallCounts(8, 6, 2, 1).answerRate()).isEqualTo(0.75);
        assertThat(new CallCounts(0, 0, 0, 0).answerRate()).isNull();
        assertThat(CallCounts.bounced(2)).isFalse();
        assertThat(CallCounts.bounced(3)).isTrue();
    }

    @Test
    void aSubtreeHoldsTheUnitAndEveryUnitBelowIt() {
        java.util.Map<String, String> parents = new java.util.HashMap<>(Map.of("b", "a", "c", "a", "d", "c"));
        parents.put("a", null);
        UnitTree tree = new UnitTree(parents);
        assertThat(tree.subtree("a")).containsExactlyInAnyOrder("a", "b", "c", "d");
        assertThat(tree.subtree("c")).containsExactlyInAnyOrder("c", "d");
        assertThat(tree.isWithin("d", "a")).isTrue();
        assertThat(tree.isWithin("b", "c")).isFalse();
    }

    @Test
    void aBreachIdDependsOnlyOnRuleAndSubject() {
        var diversion = new Diversion("e", java.time.Instant.parse("2026-11-30T09:00:00Z"), "u", "LUNCH", null, null);
        assertThat(BreachCandidate.withoutReturnTime(diversion).breachId())
                .isEqualTo(BreachCandidate.withoutReturnTime(diversion).breachId())
                .isNotEqualTo(BreachCandidate.stale(diversion, java.time.Duration.ofMinutes(15)).breachId());
    }
}
