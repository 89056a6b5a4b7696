package se.telefonpolicy.staffweb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SwedishTimeTest {

    @Test
    void datesAsInRunningText() {
        assertThat(SwedishTime.date(LocalDate.of(2026, 5, 3))).isEqualTo("3 maj 2026");
        assertThat(SwedishTime.date(LocalDate.of(2026, 12, 24))).isEqualTo("24 december 2026");
        // 23:30 UTC on 2 May is already 3 May in Stockholm (summer time)
        assertThat(SwedishTime.date(Instant.parse("2026-05-02T23:30:00Z"))).isEqualTo("3 maj 2026");
    }

    @Test
    void clockIsLocalTime() {
        assertThat(SwedishTime.clock(Instant.parse("2026-05-05T12:05:00Z"))).isEqualTo("14:05");
        assertThat(SwedishTime.clock(Instant.parse("2026-01-05T12:05:00Z"))).isEqualTo("13:05");
    }
}
