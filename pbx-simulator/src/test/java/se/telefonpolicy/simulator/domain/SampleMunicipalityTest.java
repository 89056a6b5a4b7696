package se.telefonpolicy.simulator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.EventJson;

class SampleMunicipalityTest {

    @Test
    void theSampleMunicipalityHasItsDepartmentsUnitsPeopleAndAContactCentre() {
        Municipality m = SampleMunicipality.load();
        assertThat(m.units()).hasSizeBetween(35, 50);
        assertThat(m.employees()).hasSizeBetween(550, 650);
        assertThat(m.units().stream().filter(u -> u.parentId() == null)).hasSizeBetween(5, 7);
        assertThat(m.units()).anySatisfy(u -> {
            assertThat(u.serviceDesk()).isTrue();
            assertThat(u.name()).isEqualTo("Kontaktcenter");
            assertThat(m.membersOf(u.id())).hasSizeGreaterThan(u.minimumStaffing());
        });
    }

    @Test
    void aWeekOfTheSampleMunicipalityIsTheSameTwiceForOneSeed() {
        Municipality m = SampleMunicipality.load();
        var settings = Simulator.Settings.of(20141124, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 8),
                Instant.parse("2026-11-28T12:00:00Z"));
        var first = Simulator.run(m, settings, WorkingCalendar.sweden());
        var second = Simulator.run(SampleMunicipality.load(), settings, WorkingCalendar.sweden());
        assertThat(first.events()).hasSizeGreaterThan(20_000);
        assertThat(first.events().stream().map(EventJson::toJson).toList())
                .isEqualTo(second.events().stream().map(EventJson::toJson).toList());
        var calendar = WorkingCalendar.sweden();
        assertThat(Expectation.perUnit(m, first.truth(), settings.from(), settings.to(), settings.now(), calendar,
                Duration.ofMinutes(15))).isEqualTo(Expectation.perUnit(m, second.truth(), settings.from(), settings.to(),
                        settings.now(), calendar, Duration.ofMinutes(15)));
    }
}
