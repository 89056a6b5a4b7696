package se.telefonpolicy.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.availability.DiversionViolated;
import se.telefonpolicy.contracts.availability.PresenceStatus;
import se.telefonpolicy.contracts.availability.ServiceDeskUnstaffed;
import se.telefonpolicy.contracts.compliance.BreachSubjectType;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.contracts.directory.OpeningHours;
import se.telefonpolicy.contracts.directory.ServiceDesk;

/** DIVERSION_RETURN_TIME, DIVERSION_STALE, SERVICE_DESK_STAFFED decisions as breaches, and the coverage ratio. */
class DiversionAndCoverageTest {

    private static final Instant T = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void aDiversionDecisionIsOneBreachPerDiversionAndRuleAtTheDecisionsTime() {
        Instant back = T.plusSeconds(3600);
        DiversionViolated stale = new DiversionViolated("d1", RuleId.DIVERSION_STALE, "e", null, PresenceStatus.MEETING, T,
                back, back.plusSeconds(900));
        BreachCandidate breach = BreachCandidate.violated(stale);
        assertThat(breach.subjectKey()).isEqualTo("d1");
        assertThat(breach.subjectType()).isEqualTo(BreachSubjectType.EMPLOYEE);
        assertThat(breach.subjectId()).isEqualTo("e");
        assertThat(breach.unitId()).as("none in the decision: the directory's, at recording").isNull();
        assertThat(breach.dueAt()).isEqualTo(back.plusSeconds(900));
        assertThat(breach.detectedAt()).isEqualTo(back.plusSeconds(900));
        DiversionViolated noReturn = new DiversionViolated("d1", RuleId.DIVERSION_RETURN_TIME, "e", "u", PresenceStatus.MEETING,
                T, null, T);
        assertThat(BreachCandidate.violated(noReturn).dueAt()).isNull();
        assertThat(BreachCandidate.violated(noReturn).detectedAt()).isEqualTo(T);
        // the same diversion under both rules: two breaches
        assertThat(BreachCandidate.violated(noReturn).breachId()).isNotEqualTo(breach.breachId());
    }

    @Test
    void anUnstaffedDeskIsOneBreachPerGapDueAtItsStartPlusTheGrace() {
        ServiceDeskUnstaffed unstaffed = new ServiceDeskUnstaffed("g1", "desk", T, T.plusSeconds(300), 0, 1);
        BreachCandidate breach = BreachCandidate.unstaffed(unstaffed);
        assertThat(breach.ruleId()).isEqualTo(RuleId.SERVICE_DESK_STAFFED);
        assertThat(breach.subjectType()).isEqualTo(BreachSubjectType.COVERAGE_GAP);
        assertThat(breach.subjectKey()).isEqualTo("g1");
        assertThat(breach.unitId()).isEqualTo("desk");
        assertThat(breach.employeeId()).isNull();
        assertThat(breach.dueAt()).isEqualTo(T.plusSeconds(300));
        assertThat(breach.detectedAt()).isEqualTo(T.plusSeconds(300));
    }

    @Test
    void aViolationCountsInThePeriodItHappenedIn() {
        DiversionViolation v = new DiversionViolation("d1", RuleId.DIVERSION_STALE, "e", "u", T, T.plusSeconds(600));
        assertThat(v.within(T, T.plusSeconds(601))).isTrue();
        assertThat(v.within(T.plusSeconds(600), T.plusSeconds(601))).isTrue();
        assertThat(v.within(T, T.plusSeconds(600))).isFalse();
    }

    @Test
    void coverageIsCoveredOverOpeningTimeGapsOutsideOpeningHoursDoNotCount() {
        // open Mon–Fri 08:00–16:00 local (07:00–15:00Z in winter); Monday 2026-11-30 only
        ServiceDesk desk = new ServiceDesk(Arrays.stream(DayOfWeek.values()).limit(5)
                .map(d -> new OpeningHours(d, LocalTime.of(8, 0), LocalTime.of(16, 0))).toList(), List.of(), 1);
        var hours = ServiceDeskHours.of(desk, WorkingCalendar.sweden());
        Instant dayStart = Instant.parse("2026-11-29T23:00:00Z");
        Instant dayEnd = Instant.parse("2026-11-30T23:00:00Z");
        // 30 min inside opening hours, and a gap 14:45Z–15:30Z of which 15 min are inside
        List<CoverageGap> gaps = List.of(new CoverageGap("g1", "u", Instant.parse("2026-11-30T09:00:00Z"),
                Instant.parse("2026-11-30T09:30:00Z")), new CoverageGap("g2", "u", Instant.parse("2026-11-30T14:45:00Z"),
                        Instant.parse("2026-11-30T15:30:00Z")));
        Coverage coverage = Coverage.of(hours, gaps, dayStart, dayEnd);
        assertThat(coverage.open()).isEqualTo(Duration.ofHours(8));
        assertThat(coverage.covered()).isEqualTo(Duration.ofMinutes(8 * 60 - 45));
        assertThat(coverage.ratio()).isEqualTo(435.0 / 480);
        // a Sunday: never open, no ratio
        assertThat(Coverage.of(hours, List.of(), dayStart.minusSeconds(86400), dayStart).ratio()).isNull();
    }
}
