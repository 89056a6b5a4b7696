package se.telefonpolicy.staffweb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class SwedishTimeTest {

    // Monday 7 December 2026, 11:00 in Stockholm
    static final Instant NOW = at("2026-12-07T11:00");

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SwedishTime.ZONE).toInstant();
    }

    @Test
    void todayTomorrowYesterday() {
        assertThat(SwedishTime.words(at("2026-12-07T17:00"), NOW)).isEqualTo("i dag 17:00");
        assertThat(SwedishTime.words(at("2026-12-08T08:00"), NOW)).isEqualTo("i morgon 08:00");
        assertThat(SwedishTime.words(at("2026-12-06T16:30"), NOW)).isEqualTo("i går 16:30");
    }

    @Test
    void theDayOfTheWeekWithinAWeek() {
        assertThat(SwedishTime.words(at("2026-12-09T17:00"), NOW)).isEqualTo("onsdag 17:00");
        assertThat(SwedishTime.words(at("2026-12-04T09:15"), NOW)).isEqualTo("i fredags 09:15");
    }

    @Test
    void aDateFurtherOff() {
        assertThat(SwedishTime.words(at("2026-12-14T08:00"), NOW)).isEqualTo("14 december 08:00");
        assertThat(SwedishTime.words(at("2027-01-11T08:00"), NOW)).isEqualTo("11 januari 2027 08:00");
    }

    @Test
    void theDayIsStockholmsNotUtcs() {
        // 23:30 UTC on 7 December is 00:30 on the 8th in Stockholm
        assertThat(SwedishTime.words(Instant.parse("2026-12-07T23:30:00Z"), NOW)).isEqualTo("i morgon 00:30");
        // and in summer two hours ahead
        assertThat(SwedishTime.words(Instant.parse("2026-07-01T06:00:00Z"), Instant.parse("2026-07-01T05:00:00Z")))
                .isEqualTo("i dag 08:00");
    }

    @Test
    void localForADateTimeField() {
        assertThat(SwedishTime.local(Instant.parse("2026-12-07T12:00:42Z"))).isEqualTo("2026-12-07T13:00");
    }

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
