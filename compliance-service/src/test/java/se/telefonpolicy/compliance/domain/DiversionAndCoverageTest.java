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
import se.telefonpolicy.contracts.directory.OpeningHours;
import se.telefonpolicy.contracts.directory.ServiceDesk;

/** DIVERSION_RETURN_TIME, DIVERSION_STALE, SERVICE_DESK_STAFFED and the coverage ratio, with fixed instants. */
class DiversionAndCoverageTest {

    private static final Duration STALE_GRACE = Duration.ofMinutes(15);
    private static final Duration COVERAGE_GRACE = Duration.ofMinutes(5);
    private static final Instant T = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void aDiversionWithoutReturnTimeIsAViolationOneWithOneIsNot() {
        assertThat(new Diversion("e", T, "u", "MEETING", null, null).withoutReturnTime()).isTrue();
        assertThat(new Diversion("e", T, "u", "MEETING", T.plusSeconds(3600), null).withoutReturnTime()).isFalse();
    }

    @Test
    void aDiversionIsStaleOnlyOnceTheGraceAfterItsReturnTimeHasPassedUnchanged() {
        Instant back = T.plusSeconds(3600);
        Diversion standing = new Diversion("e", T, "u", "MEETING", back, null);
        assertThat(standing.isStale(back.plus(STALE_GRACE).minusSeconds(1), STALE_GRACE)).isFalse();
        assertThat(standing.isStale(back.plus(STALE_GRACE), STALE_GRACE)).isTrue();
        Diversion endedWithinGrace = new Diversion("e", T, "u", "MEETING", back, back.plusSeconds(600));
        assertThat(endedWithinGrace.isStale(back.plusSeconds(7200), STALE_GRACE)).isFalse();
        Diversion endedLate = new Diversion("e", T, "u", "MEETING", back, back.plusSeconds(3600));
        assertThat(endedLate.isStale(back.plusSeconds(7200), STALE_GRACE)).isTrue();
        assertThat(new Diversion("e", T, "u", "SICK", null, null).isStale(T.plusSeconds(86400), STALE_GRACE)).isFalse();
    }

    @Test
    void aCoverageGapIsABreachOnlyWhenItOutlastsTheGrace() {
        assertThat(new CoverageGap("g", "u", T, T.plusSeconds(299)).isBreached(T.plusSeconds(3600), COVERAGE_GRACE)).isFalse();
        assertThat(new CoverageGap("g", "u", T, T.plusSeconds(301)).isBreached(T.plusSeconds(3600), COVERAGE_GRACE)).isTrue();
        assertThat(new CoverageGap("g", "u", T, null).isBreached(T.plusSeconds(299), COVERAGE_GRACE)).isFalse();
        assertThat(new CoverageGap("g", "u", T, null).isBreached(T.plusSeconds(300), COVERAGE_GRACE)).isTrue();
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

    @Test
    void coverageFromWhoWasThereCountsTheTimeBelowTheMinimumWhateverOrderTheAbsencesCameIn() {
        // open 08:00–16:00 local (07:00–15:00Z), minimum 2 of three members, Monday 2026-11-30
        ServiceDesk desk = new ServiceDesk(Arrays.stream(DayOfWeek.values()).limit(5)
                .map(d -> new OpeningHours(d, LocalTime.of(8, 0), LocalTime.of(16, 0))).toList(), List.of(), 2);
        var hours = ServiceDeskHours.of(desk, WorkingCalendar.sweden());
        Instant dayStart = Instant.parse("2026-11-29T23:00:00Z");
        Instant dayEnd = Instant.parse("2026-11-30T23:00:00Z");
        // a away 09:00–10:00Z, b away 09:30–11:00Z: two gone 09:30–10:00Z (30 min); c away after closing only
        var a = List.of(new Coverage.Away(Instant.parse("2026-11-30T09:00:00Z"), Instant.parse("2026-11-30T10:00:00Z")));
        var b = List.of(new Coverage.Away(Instant.parse("2026-11-30T09:30:00Z"), Instant.parse("2026-11-30T11:00:00Z")));
        var c = List.of(new Coverage.Away(Instant.parse("2026-11-30T15:00:00Z"), null));
        Coverage coverage = Coverage.ofStaffing(hours, 2, List.of(a, b, c), dayStart, dayEnd);
        assertThat(coverage.open()).isEqualTo(Duration.ofHours(8));
        assertThat(coverage.covered()).isEqualTo(Duration.ofMinutes(8 * 60 - 30));
        assertThat(Coverage.ofStaffing(hours, 2, List.of(c, b, a), dayStart, dayEnd)).isEqualTo(coverage);
        // with a minimum of 3 every absence in opening time counts: 09:00–11:00Z
        assertThat(Coverage.ofStaffing(hours, 3, List.of(a, b, c), dayStart, dayEnd).covered())
                .isEqualTo(Duration.ofMinutes(8 * 60 - 120));
    }
}
