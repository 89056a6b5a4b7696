package se.telefonpolicy.availability.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.availability.GapEndReason;
import se.telefonpolicy.contracts.directory.OpeningException;
import se.telefonpolicy.contracts.directory.OpeningHours;

/** SERVICE_DESK_STAFFED with fixed instants: a desk open Mon–Fri 08:00–16:00, minimum 1, grace 5 min. */
class ServiceDeskCoverageTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final WorkingCalendar CALENDAR = WorkingCalendar.sweden();
    private static final Duration GRACE = Duration.ofMinutes(5);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final long EIGHT_HOURS = 8 * 3600;

    private static ServiceDesk desk(List<OpeningException> exceptions) {
        List<OpeningHours> weekdays = Arrays.stream(DayOfWeek.values())
                .filter(d -> d.getValue() <= 5)
                .map(d -> new OpeningHours(d, LocalTime.of(8, 0), LocalTime.of(16, 0)))
                .toList();
        return new ServiceDesk("unit-kc", "Kontaktcenter", weekdays, exceptions, 1, Instant.parse("2026-11-01T00:00:00Z"));
    }

    private static ServiceDeskCoverage coverage(ServiceDesk desk) {
        return new ServiceDeskCoverage(desk.hours(CALENDAR), STOCKHOLM, desk.minimumStaffing(), GRACE);
    }

    private static Instant at(LocalDate date, int hour, int minute) {
        return ZonedDateTime.of(date, LocalTime.of(hour, minute), STOCKHOLM).toInstant();
    }

    private static CoverageGap running(Instant since, int count) {
        return new CoverageGap(since, null, null, count, false);
    }

    private static Instant startOf(LocalDate date) {
        return date.atStartOfDay(STOCKHOLM).toInstant();
    }

    /** Three members arrive at 08:00, all go to lunch 12:00–12:12, all back; whole day evaluated. */
    private static List<StaffedCount> lunchDay(LocalDate date) {
        return List.of(new StaffedCount(at(date, 8, 0), 3), new StaffedCount(at(date, 12, 0), 0),
                new StaffedCount(at(date, 12, 12), 3), new StaffedCount(at(date, 17, 0), 0));
    }

    @Test
    void everyoneAtLunchGivesExactlyOneGapAndTheRatioToTheSecond() {
        var result = coverage(desk(List.of())).evaluate(0, lunchDay(MONDAY), startOf(MONDAY), startOf(MONDAY.plusDays(1)));

        assertThat(result.gaps()).containsExactly(
                new CoverageGap(at(MONDAY, 12, 0), at(MONDAY, 12, 12), GapEndReason.STAFFED, 0, true));
        assertThat(at(MONDAY, 12, 0)).isEqualTo(Instant.parse("2026-11-30T11:00:00Z"));
        DayCoverage day = result.day(MONDAY);
        assertThat(day.openSeconds()).isEqualTo(EIGHT_HOURS);
        assertThat(day.coveredSeconds()).isEqualTo(EIGHT_HOURS - 12 * 60);
        assertThat(day.ratio()).isEqualTo((double) (EIGHT_HOURS - 720) / EIGHT_HOURS);
    }

    @Test
    void aLiveEvaluationCallsTheGapABreachOnlyOnceItOutlastedTheGrace() {
        ServiceDeskCoverage coverage = coverage(desk(List.of()));

        var at1204 = coverage.evaluate(0, lunchDay(MONDAY), startOf(MONDAY), at(MONDAY, 12, 4));
        assertThat(at1204.gaps()).containsExactly(new CoverageGap(at(MONDAY, 12, 0), null, null, 0, false));
        assertThat(at1204.breaches()).isEmpty();

        var at1205 = coverage.evaluate(0, lunchDay(MONDAY), startOf(MONDAY), at(MONDAY, 12, 5));
        assertThat(at1205.breaches()).as("exactly the grace is not longer than it").isEmpty();

        var at1206 = coverage.evaluate(0, lunchDay(MONDAY), startOf(MONDAY), at(MONDAY, 12, 6));
        assertThat(at1206.gaps()).containsExactly(new CoverageGap(at(MONDAY, 12, 0), null, null, 0, true));
        assertThat(at1206.gaps().get(0).ongoing()).isTrue();
        assertThat(at1206.gaps().get(0).breachedAt(GRACE)).isEqualTo(at(MONDAY, 12, 5));
        assertThat(at1206.gaps().get(0).seconds(at(MONDAY, 12, 6))).isEqualTo(360);
        assertThat(at1206.day(MONDAY).openSeconds()).isEqualTo(4 * 3600 + 6 * 60);
        assertThat(at1206.day(MONDAY).coveredSeconds()).isEqualTo(4 * 3600);
    }

    @Test
    void aDipNoLongerThanTheGraceIsAGapButNoBreachAndStillCountsAsUncovered() {
        var changes = List.of(new StaffedCount(at(MONDAY, 8, 0), 2), new StaffedCount(at(MONDAY, 10, 0), 0),
                new StaffedCount(at(MONDAY, 10, 5), 1));

        var result = coverage(desk(List.of())).evaluate(0, changes, startOf(MONDAY), startOf(MONDAY.plusDays(1)));

        assertThat(result.gaps()).containsExactly(
                new CoverageGap(at(MONDAY, 10, 0), at(MONDAY, 10, 5), GapEndReason.STAFFED, 0, false));
        assertThat(result.breaches()).isEmpty();
        assertThat(result.day(MONDAY).coveredSeconds()).isEqualTo(EIGHT_HOURS - 300);
    }

    @Test
    void nothingIsCountedOutsideOpeningHoursAndClosingEndsAGap() {
        // nobody before 08:10 and nobody from 15:50; the desk opens understaffed and closes understaffed
        var changes = List.of(new StaffedCount(at(MONDAY, 8, 10), 1), new StaffedCount(at(MONDAY, 15, 50), 0));

        var result = coverage(desk(List.of())).evaluate(0, changes, startOf(MONDAY), startOf(MONDAY.plusDays(1)));

        assertThat(result.gaps()).containsExactly(
                new CoverageGap(at(MONDAY, 8, 0), at(MONDAY, 8, 10), GapEndReason.STAFFED, 0, true),
                new CoverageGap(at(MONDAY, 15, 50), at(MONDAY, 16, 0), GapEndReason.CLOSED, 0, true));
        assertThat(result.day(MONDAY).openSeconds()).isEqualTo(EIGHT_HOURS);
        assertThat(result.day(MONDAY).coveredSeconds()).isEqualTo(EIGHT_HOURS - 20 * 60);
    }

    @Test
    void aSaturdayAndAHolidayHaveNoGapAndNoOpenTime() {
        ServiceDeskCoverage coverage = coverage(desk(List.of()));
        for (LocalDate closed : List.of(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 25))) {
            var result = coverage.evaluate(0, List.of(), startOf(closed), startOf(closed.plusDays(1)));

            assertThat(result.gaps()).as(closed.toString()).isEmpty();
            assertThat(result.day(closed).openSeconds()).as(closed.toString()).isZero();
            assertThat(result.day(closed).ratio()).isNull();
        }
    }

    @Test
    void theDesksOwnExceptionsCloseOrShortenADay() {
        LocalDate staffDay = LocalDate.of(2026, 12, 1);
        LocalDate shortDay = LocalDate.of(2026, 12, 2);
        var desk = desk(List.of(new OpeningException(staffDay, null, null),
                new OpeningException(shortDay, LocalTime.of(9, 0), LocalTime.of(12, 0))));

        var result = coverage(desk).evaluate(0, List.of(new StaffedCount(at(shortDay, 9, 30), 1)),
                startOf(staffDay), startOf(shortDay.plusDays(1)));

        assertThat(result.day(staffDay).openSeconds()).isZero();
        assertThat(result.day(shortDay).openSeconds()).isEqualTo(3 * 3600);
        assertThat(result.day(shortDay).coveredSeconds()).isEqualTo(2 * 3600 + 30 * 60);
        assertThat(result.gaps()).containsExactly(
                new CoverageGap(at(shortDay, 9, 0), at(shortDay, 9, 30), GapEndReason.STAFFED, 0, true));
    }

    @Test
    void aDayAfterTheSpringClockChangeIsStillEightOpenHours() {
        LocalDate afterChange = LocalDate.of(2026, 3, 30);
        var result = coverage(desk(List.of())).evaluate(0, lunchDay(afterChange), startOf(afterChange),
                startOf(afterChange.plusDays(1)));

        assertThat(result.breaches()).singleElement()
                .satisfies(g -> assertThat(g.startedAt()).isEqualTo(Instant.parse("2026-03-30T10:00:00Z")));
        assertThat(result.day(afterChange).openSeconds()).isEqualTo(EIGHT_HOURS);
        assertThat(result.day(afterChange).coveredSeconds()).isEqualTo(EIGHT_HOURS - 720);
    }

    @Test
    void aLiveEvaluationContinuesTheRunningGapWithItsRealStart() {
        ServiceDeskCoverage coverage = coverage(desk(List.of()));
        // the previous evaluation stopped at 12:04 with nobody staffed since 12:00
        var stillOpen = coverage.evaluate(0, List.of(), at(MONDAY, 12, 4), at(MONDAY, 12, 6), running(at(MONDAY, 12, 0), 0));
        assertThat(stillOpen.gaps()).containsExactly(new CoverageGap(at(MONDAY, 12, 0), null, null, 0, true));
        assertThat(stillOpen.day(MONDAY).openSeconds()).isEqualTo(120);
        assertThat(stillOpen.day(MONDAY).coveredSeconds()).isZero();

        // recovered at 12:12: the next evaluation starts there with three staffed
        var recovered = coverage.evaluate(3, List.of(), at(MONDAY, 12, 12), at(MONDAY, 12, 13), running(at(MONDAY, 12, 0), 0));
        assertThat(recovered.gaps()).containsExactly(
                new CoverageGap(at(MONDAY, 12, 0), at(MONDAY, 12, 12), GapEndReason.STAFFED, 0, true));
        assertThat(recovered.day(MONDAY).coveredSeconds()).isEqualTo(60);

        // or the desk closed at 16:00 with the gap still running
        var closed = coverage.evaluate(0, List.of(), at(MONDAY, 15, 59), at(MONDAY, 16, 30), running(at(MONDAY, 15, 0), 0));
        assertThat(closed.gaps()).containsExactly(
                new CoverageGap(at(MONDAY, 15, 0), at(MONDAY, 16, 0), GapEndReason.CLOSED, 0, true));
        assertThat(closed.day(MONDAY).openSeconds()).isEqualTo(60);
    }

    @Test
    void anEvaluationOverNoTimeKeepsTheRunningGapOpen() {
        var same = coverage(desk(List.of())).evaluate(1, List.of(), at(MONDAY, 12, 12), at(MONDAY, 12, 12),
                running(at(MONDAY, 12, 0), 0));

        assertThat(same.gaps()).containsExactly(new CoverageGap(at(MONDAY, 12, 0), null, null, 0, true));
        assertThat(same.days()).isEmpty();
    }

    @Test
    void aGapCarriesTheCountItBeganWithNotTheLowestItReached() {
        var desk = new ServiceDesk("unit-kc", "Kontaktcenter", desk(List.of()).openingHours(), List.of(), 2,
                Instant.parse("2026-11-01T00:00:00Z"));
        var changes = List.of(new StaffedCount(at(MONDAY, 8, 0), 2), new StaffedCount(at(MONDAY, 10, 0), 1),
                new StaffedCount(at(MONDAY, 10, 2), 0), new StaffedCount(at(MONDAY, 10, 20), 2));

        var result = coverage(desk).evaluate(0, changes, startOf(MONDAY), startOf(MONDAY.plusDays(1)));

        assertThat(result.gaps()).containsExactly(
                new CoverageGap(at(MONDAY, 10, 0), at(MONDAY, 10, 20), GapEndReason.STAFFED, 1, true));
    }

    /**
     * What lets the live evaluation follow the watermark in steps of any size: a fixed timeline evaluated at once
     * or in random steps (carrying the running gap) gives the same gaps and the same per-day sums. Friday to
     * Monday, two open ranges a day, minimum 2, changes at random seconds; seeds fixed so a failure repeats.
     */
    @Test
    void evaluatingInStepsOfAnySizeGivesWhatOneEvaluationGives() {
        LocalDate friday = LocalDate.of(2026, 11, 27);
        List<OpeningHours> split = Arrays.stream(DayOfWeek.values()).filter(d -> d.getValue() <= 5)
                .flatMap(d -> java.util.stream.Stream.of(new OpeningHours(d, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                        new OpeningHours(d, LocalTime.of(13, 0), LocalTime.of(16, 0))))
                .toList();
        var coverage = coverage(new ServiceDesk("unit-kc", "Kontaktcenter", split, List.of(), 2, friday.atStartOfDay(STOCKHOLM).toInstant()));
        Instant from = startOf(friday);
        Instant until = startOf(friday.plusDays(4));
        long span = Duration.between(from, until).getSeconds();
        for (long seed = 1; seed <= 200; seed++) {
            java.util.Random random = new java.util.Random(seed);
            List<StaffedCount> changes = new java.util.ArrayList<>();
            for (int i = 0; i < 60; i++) {
                changes.add(new StaffedCount(from.plusSeconds(random.nextLong(span)), random.nextInt(4)));
            }
            changes.sort(java.util.Comparator.comparing(StaffedCount::at));
            var whole = coverage.evaluate(0, changes, from, until);

            List<CoverageGap> gaps = new java.util.ArrayList<>();
            java.util.Map<LocalDate, Long> open = new java.util.HashMap<>();
            java.util.Map<LocalDate, Long> covered = new java.util.HashMap<>();
            CoverageGap running = null;
            Instant stepFrom = from;
            while (stepFrom.isBefore(until)) {
                Instant stepUntil = stepFrom.plusSeconds(1 + random.nextLong(6 * 3600));
                if (stepUntil.isAfter(until)) {
                    stepUntil = until;
                }
                var step = coverage.evaluate(countAt(changes, stepFrom), changes, stepFrom, stepUntil, running);
                running = null;
                for (CoverageGap gap : step.gaps()) {
                    if (gap.ongoing()) {
                        running = gap;
                    } else {
                        gaps.add(gap);
                    }
                }
                step.days().values().forEach(d -> {
                    open.merge(d.day(), d.openSeconds(), Long::sum);
                    covered.merge(d.day(), d.coveredSeconds(), Long::sum);
                });
                stepFrom = stepUntil;
            }
            if (running != null) {
                gaps.add(running);
            }
            assertThat(gaps).as("seed %d", seed).isEqualTo(whole.gaps());
            for (var day : whole.days().values()) {
                assertThat(open.get(day.day())).as("seed %d open %s", seed, day.day()).isEqualTo(day.openSeconds());
                assertThat(covered.get(day.day())).as("seed %d covered %s", seed, day.day()).isEqualTo(day.coveredSeconds());
            }
        }
    }

    // the count at an instant, changes at that very instant included (as the history gives it)
    private static int countAt(List<StaffedCount> changes, Instant at) {
        int count = 0;
        for (StaffedCount c : changes) {
            if (c.at().isAfter(at)) {
                break;
            }
            count = c.count();
        }
        return count;
    }
}
