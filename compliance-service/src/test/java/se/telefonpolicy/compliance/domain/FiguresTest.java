package se.telefonpolicy.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.availability.DiversionViolated;
import se.telefonpolicy.contracts.availability.PresenceStatus;
import se.telefonpolicy.contracts.callback.DeadlineVerdict;
import se.telefonpolicy.contracts.compliance.RuleId;

/** The report's percentiles, its figures from recorded decisions, call figures (ANSWER_RATE, RIGHT_OFFICER) and the unit tree. */
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
        assertThat(new CallCounts.Legs(8, 6, 2).answerRate()).isEqualTo(0.75);
        assertThat(new CallCounts.Legs(0, 0, 0).answerRate()).isNull();
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
        Instant t = Instant.parse("2026-11-30T09:00:00Z");
        var noReturn = new DiversionViolated("d1", RuleId.DIVERSION_RETURN_TIME, "e", "u", PresenceStatus.LUNCH, t, null, t);
        // the same decision read again, later, by another instance: the same breach
        var again = new DiversionViolated("d1", RuleId.DIVERSION_RETURN_TIME, "e", "u", PresenceStatus.LUNCH, t, null, t);
        var stale = new DiversionViolated("d1", RuleId.DIVERSION_STALE, "e", "u", PresenceStatus.LUNCH, t, t.plusSeconds(60),
                t.plusSeconds(960));
        assertThat(BreachCandidate.violated(noReturn).breachId())
                .isEqualTo(BreachCandidate.violated(again).breachId())
                .isEqualTo(BreachCandidate.breachId(RuleId.DIVERSION_RETURN_TIME, "d1"))
                .isNotEqualTo(BreachCandidate.violated(stale).breachId());
    }

    @Test
    void callbackFiguresComeFromTheDecisionsAndDiversionsFromTheirViolations() {
        Instant from = Instant.parse("2026-11-29T23:00:00Z");
        Instant to = Instant.parse("2026-12-06T23:00:00Z");
        Instant due = Instant.parse("2026-12-02T16:00:00Z");
        Instant opened = Instant.parse("2026-11-30T09:00:00Z");
        List<CallbackDeadline> tasks = List.of(
                new CallbackDeadline("met", RuleId.CALLBACK_2WD, "u", "e", opened, due, opened.plusSeconds(3600), null,
                        DeadlineVerdict.MET),
                new CallbackDeadline("late", RuleId.CALLBACK_2WD, "u", "e", opened, due, due.plusSeconds(3600), null,
                        DeadlineVerdict.LATE),
                new CallbackDeadline("overdue", RuleId.CALLBACK_2WD, "u", "e", opened, due, null, null, DeadlineVerdict.OVERDUE),
                // attempted in time but not decided yet: not counted as on time by compliance's own judgement
                new CallbackDeadline("pending", RuleId.CALLBACK_2WD, "u", "e", opened, due, opened.plusSeconds(60), null, null),
                new CallbackDeadline("kept", RuleId.PROMISE_KEPT, "u", "e", opened, due, opened.plusSeconds(60), null,
                        DeadlineVerdict.MET),
                new CallbackDeadline("broken", RuleId.PROMISE_KEPT, "u", "e", opened, due, null, null, DeadlineVerdict.OVERDUE));
        List<DiversionViolation> violations = List.of(
                new DiversionViolation("d1", RuleId.DIVERSION_RETURN_TIME, "e", "u", opened, opened),
                new DiversionViolation("d2", RuleId.DIVERSION_STALE, "e", "u", opened, opened.plusSeconds(4500)),
                // turned stale after the period: another period's
                new DiversionViolation("d3", RuleId.DIVERSION_STALE, "e", "u", to.minusSeconds(60), to.plusSeconds(900)));
        CallCounts calls = new CallCounts(new CallCounts.Legs(4, 3, 1), new CallCounts.Legs(6, 3, 2), 1);
        ReportFigures f = ReportFigures.compute(new ReportFigures.Input(from, to, to.plusSeconds(86400), tasks, violations,
                Map.of(), Map.of(), 0, calls), WorkingCalendar.sweden());
        assertThat(List.of(f.callbacksTotal(), f.callbacksOnTime(), f.callbacksLate(), f.callbacksStillOverdue()))
                .containsExactly(4, 1, 1, 1);
        assertThat(List.of(f.promisesTotal(), f.promisesKept())).containsExactly(2, 1);
        assertThat(List.of(f.diversionsWithoutReturnTime(), f.staleDiversions())).containsExactly(1, 1);
        assertThat(List.of(f.callsOffered(), f.callsAnswered(), f.callsMissed(), f.legsOffered(), f.legsAnswered(),
                f.legsMissed(), f.bouncedCalls())).containsExactly(4L, 3L, 1L, 6L, 3L, 2L, 1L);
        assertThat(f.answerRate()).isEqualTo(0.75);
        assertThat(f.legAnswerRate()).isEqualTo(0.5);
    }
}
