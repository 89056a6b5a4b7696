package se.telefonpolicy.staffweb.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.availability.PresenceStatus;

class QuickDiversionTest {

    static final WorkingCalendar CALENDAR = WorkingCalendar.sweden();
    static final LocalTime EIGHT = LocalTime.of(8, 0);

    /** A local time in Stockholm, as the person sees the clock. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SwedishTime.ZONE).toInstant();
    }

    @Test
    void lunchTypedBeforeTheTimeIsToday() {
        assertThat(QuickDiversion.LUNCH.returnsAt(LocalTime.of(12, 30), EIGHT, CALENDAR, at("2026-12-07T11:00")))
                .contains(at("2026-12-07T12:30"));
    }

    @Test
    void lunchTypedAfterTheTimeIsTomorrow() {
        assertThat(QuickDiversion.LUNCH.returnsAt(LocalTime.of(12, 30), EIGHT, CALENDAR, at("2026-12-07T13:00")))
                .contains(at("2026-12-08T12:30"));
    }

    @Test
    void aMeetingUntilNowIsTomorrowsSameTime() {
        assertThat(QuickDiversion.MEETING.returnsAt(LocalTime.of(14, 0), EIGHT, CALENDAR, at("2026-12-07T14:00")))
                .contains(at("2026-12-08T14:00"));
    }

    @Test
    void summerTimeIsStockholmsToo() {
        // 12:30 in July is 10:30 UTC (CEST), not 11:30
        assertThat(QuickDiversion.LUNCH.returnsAt(LocalTime.of(12, 30), EIGHT, CALENDAR, at("2026-07-01T11:00")))
                .contains(Instant.parse("2026-07-01T10:30:00Z"));
    }

    @Test
    void lunchNeedsATime() {
        assertThatThrownBy(() -> QuickDiversion.LUNCH.returnsAt(null, EIGHT, CALENDAR, at("2026-12-07T11:00")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void goneForTheDayOnAFridayIsBackOnMonday() {
        assertThat(QuickDiversion.GONE_FOR_THE_DAY.returnsAt(null, EIGHT, CALENDAR, at("2026-12-04T16:45")))
                .contains(at("2026-12-07T08:00"));
    }

    @Test
    void goneForTheDayBeforeChristmasIsBackAfterTheClosedDays() {
        // julafton (closed eve), juldagen and annandag jul: Wednesday 23 December is followed by Monday 28
        assertThat(QuickDiversion.GONE_FOR_THE_DAY.returnsAt(null, EIGHT, CALENDAR, at("2026-12-23T16:00")))
                .contains(at("2026-12-28T08:00"));
    }

    @Test
    void goneForTheDayUsesTheUsualStart() {
        assertThat(QuickDiversion.GONE_FOR_THE_DAY.returnsAt(null, LocalTime.of(7, 30), CALENDAR,
                at("2026-12-07T17:00"))).contains(at("2026-12-08T07:30"));
    }

    @Test
    void availableHasNoReturnTime() {
        assertThat(QuickDiversion.AVAILABLE.returnsAt(null, EIGHT, CALENDAR, at("2026-12-07T11:00"))).isEmpty();
        assertThat(QuickDiversion.AVAILABLE.status()).isEqualTo(PresenceStatus.AVAILABLE);
        assertThat(QuickDiversion.GONE_FOR_THE_DAY.status()).isEqualTo(PresenceStatus.OFF_DUTY);
    }

    @Test
    void onlyLunchAndMeetingAskForATime() {
        assertThat(QuickDiversion.LUNCH.asksForTime()).isTrue();
        assertThat(QuickDiversion.MEETING.asksForTime()).isTrue();
        assertThat(QuickDiversion.GONE_FOR_THE_DAY.asksForTime()).isFalse();
        assertThat(QuickDiversion.AVAILABLE.asksForTime()).isFalse();
    }

    @Test
    void theSuggestedTimeIsTheNextHalfHourAtLeastAQuarterAhead() {
        assertThat(QuickDiversion.suggestedTime(at("2026-12-07T11:00"))).isEqualTo(LocalTime.of(11, 30));
        assertThat(QuickDiversion.suggestedTime(at("2026-12-07T11:15"))).isEqualTo(LocalTime.of(11, 30));
        assertThat(QuickDiversion.suggestedTime(at("2026-12-07T11:20"))).isEqualTo(LocalTime.of(12, 0));
        assertThat(QuickDiversion.suggestedTime(at("2026-12-07T12:00"))).isEqualTo(LocalTime.of(12, 30));
        assertThat(QuickDiversion.suggestedTime(at("2026-12-07T23:50"))).isEqualTo(LocalTime.of(0, 30));
    }
}
