package se.telefonpolicy.staffweb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.calendar.WorkingCalendar;

class PromiseTimeTest {

    static final WorkingCalendar SWEDEN = WorkingCalendar.sweden();

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SwedishTime.ZONE).toInstant();
    }

    @Test
    void twoHoursAheadOnTheHourDuringTheWorkingDay() {
        // Monday 7 December 2026, 10:20 -> 12:00
        assertThat(PromiseTime.suggested(at("2026-12-07T10:20"), SWEDEN)).isEqualTo(at("2026-12-07T12:00"));
    }

    @Test
    void theNextWorkingMorningInTheEvening() {
        assertThat(PromiseTime.suggested(at("2026-12-07T22:50"), SWEDEN)).isEqualTo(at("2026-12-08T10:00"));
        // Friday evening -> Monday
        assertThat(PromiseTime.suggested(at("2026-12-11T16:30"), SWEDEN)).isEqualTo(at("2026-12-14T10:00"));
        // before Christmas: 24-26 December are closed
        assertThat(PromiseTime.suggested(at("2026-12-23T18:00"), SWEDEN)).isEqualTo(at("2026-12-28T10:00"));
    }

    @Test
    void thisMorningBeforeTheDayHasBegun() {
        assertThat(PromiseTime.suggested(at("2026-12-07T05:30"), SWEDEN)).isEqualTo(at("2026-12-07T10:00"));
    }
}
