package se.telefonpolicy.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.calendar.TimeRange;
import se.telefonpolicy.calendar.WeeklySchedule;
import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.pbx.CallOffered;
import se.telefonpolicy.contracts.pbx.CallTransferred;
import se.telefonpolicy.contracts.pbx.OutboundCallPlaced;
import se.telefonpolicy.contracts.pbx.PbxStatusChanged;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.simulator.domain.Municipality.Employee;
import se.telefonpolicy.simulator.domain.Municipality.Unit;

class SimulatorTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.sweden();
    /** Monday 30 November to Friday 4 December 2026, asked for a week later. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);
    private static final Instant A_WEEK_LATER = Instant.parse("2026-12-11T12:00:00Z");

    static Municipality smallTown() {
        List<Unit> units = List.of(
                Unit.plain("ks", "Kommunstyrelseförvaltningen", null),
                Unit.plain("ks-bygglov", "Bygglov", "ks"),
                new Unit("ks-kc", "Kontaktcenter", "ks", true, 2,
                        WeeklySchedule.mondayToFriday(TimeRange.of(LocalTime.of(8, 0), LocalTime.of(16, 30))), Map.of(), true));
        List<Employee> employees = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            employees.add(new Employee("bygg-" + i, "ks-bygglov", "Handläggare " + i, i != 6));
            employees.add(new Employee("kc-" + i, "ks-kc", "Kundtjänst " + i, true));
        }
        employees.add(new Employee("chef", "ks", "Chef", true));
        return new Municipality(units, employees);
    }

    private static Simulator.Simulation week(long seed) {
        return Simulator.run(smallTown(), Simulator.Settings.of(seed, MONDAY, FRIDAY, A_WEEK_LATER), CALENDAR);
    }

    @Test
    void theSameSeedGivesTheSameEventsAndTheSameTruth() {
        var first = week(42);
        var second = week(42);
        assertThat(first.events()).isNotEmpty();
        assertThat(json(first.events())).isEqualTo(json(second.events()));
        assertThat(first.truth()).isEqualTo(second.truth());
        assertThat(json(week(43).events())).isNotEqualTo(json(first.events()));
    }

    @Test
    void eventsComeInTimeOrderAndEveryKindIsThere() {
        List<DomainEvent> events = week(7).events();
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).occurredAt()).isAfterOrEqualTo(events.get(i - 1).occurredAt());
        }
        assertThat(events).hasAtLeastOneElementOfType(CallOffered.class).hasAtLeastOneElementOfType(VoicemailLeft.class)
                .hasAtLeastOneElementOfType(OutboundCallPlaced.class).hasAtLeastOneElementOfType(PbxStatusChanged.class)
                .hasAtLeastOneElementOfType(CallTransferred.class);
    }

    @Test
    void theDeskIsUnstaffedTwentyMinutesOnTuesdayAndThursdayAndFullyStaffedOtherDays() {
        Truth truth = week(7).truth();
        assertThat(truth.deskDays()).hasSize(5);
        for (Truth.DeskDay day : truth.deskDays()) {
            assertThat(day.openSeconds()).isEqualTo(8 * 3600 + 30 * 60);
            boolean gapDay = day.date().getDayOfWeek().getValue() == 2 || day.date().getDayOfWeek().getValue() == 4;
            assertThat(day.openSeconds() - day.coveredSeconds()).as(day.date().toString()).isEqualTo(gapDay ? 20 * 60 : 0);
        }
    }

    @Test
    void nothingAfterNowIsEmittedAndAnAttemptNotYetMadeIsNotCounted() {
        Instant wednesdayNoon = Instant.parse("2026-12-02T11:00:00Z");
        var sim = Simulator.run(smallTown(), Simulator.Settings.of(7, MONDAY, FRIDAY, wednesdayNoon), CALENDAR);
        assertThat(sim.events()).allSatisfy(e -> assertThat(e.occurredAt()).isBeforeOrEqualTo(wednesdayNoon));
        assertThat(sim.truth().tasks()).allSatisfy(t -> {
            if (t.firstAttemptAt() != null) {
                assertThat(t.firstAttemptAt()).isBeforeOrEqualTo(wednesdayNoon);
            }
        });
    }

    @Test
    void theExpectationAddsUpAndHasLateAndOverdueCallbacks() {
        var sim = week(7);
        Map<String, Expectation.UnitFigures> figures = Expectation.perUnit(smallTown(), sim.truth(), MONDAY, FRIDAY,
                A_WEEK_LATER, CALENDAR, java.time.Duration.ofMinutes(15));
        var bygglov = figures.get("ks-bygglov");
        assertThat(bygglov.callsOffered()).isEqualTo(bygglov.callsAnswered() + bygglov.callsMissed()).isPositive();
        assertThat(bygglov.callbacksTotal()).isEqualTo(bygglov.callbacksOnTime() + bygglov.callbacksLate()
                + bygglov.callbacksStillOverdue());
        var desk = figures.get("ks-kc");
        assertThat(desk.serviceDeskCoverageRatio()).isEqualTo(Math.round((1 - 2 * 20 * 60.0 / (5 * 30600)) * 10000) / 10000.0);
        int late = figures.values().stream().mapToInt(Expectation.UnitFigures::callbacksLate).sum();
        int overdue = figures.values().stream().mapToInt(Expectation.UnitFigures::callbacksStillOverdue).sum();
        assertThat(late).isPositive();
        assertThat(overdue).isPositive();
        assertThat(figures.get("ks").callsOffered()).as("the department itself has only its head, who gets calls").isPositive();
    }

    @Test
    void workingHoursCountOnlyWorkingTimeOnWorkingDays() {
        // Friday 16:00 local to Monday 09:00 local: one hour on Friday, one on Monday
        Instant friday = Instant.parse("2026-12-04T15:00:00Z");
        Instant monday = Instant.parse("2026-12-07T08:00:00Z");
        assertThat(Expectation.workingHours(friday, monday, CALENDAR)).isEqualTo(2.0);
        // over juldagen and annandag jul (Friday and Saturday 25–26 December 2026): Thursday 24th is julafton, closed too
        Instant wednesday = Instant.parse("2026-12-23T15:00:00Z");
        Instant monday28 = Instant.parse("2026-12-28T08:00:00Z");
        assertThat(Expectation.workingHours(wednesday, monday28, CALENDAR)).isEqualTo(2.0);
    }

    private static List<String> json(List<DomainEvent> events) {
        return events.stream().map(e -> e.type() + EventJson.toJson(e)).toList();
    }
}
