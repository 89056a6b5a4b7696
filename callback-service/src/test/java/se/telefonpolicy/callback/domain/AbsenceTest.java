package se.telefonpolicy.callback.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.contracts.availability.PresenceStatus;

class AbsenceTest {

    private static final Instant DUE = Instant.parse("2026-12-02T16:00:00Z");

    private static Absence away(PresenceStatus status, String since, String back) {
        return new Absence("emp", "unit", status, back == null ? null : Instant.parse(back), null, null, Instant.parse(since));
    }

    @Test
    void awayBeforeTheDueTimeAndNotBackByItIsAwayPastIt() {
        assertThat(away(PresenceStatus.VACATION, "2026-12-01T08:00:00Z", "2026-12-07T08:00:00Z").isAwayPast(DUE)).isTrue();
        assertThat(away(PresenceStatus.SICK, "2026-12-01T08:00:00Z", null).isAwayPast(DUE)).isTrue();
        assertThat(away(PresenceStatus.MEETING, "2026-12-02T10:00:00Z", "2026-12-02T11:00:00Z").isAwayPast(DUE)).isFalse();
        assertThat(away(PresenceStatus.AVAILABLE, "2026-12-01T08:00:00Z", null).isAwayPast(DUE)).isFalse();
    }

    @Test
    void anAbsenceThatBeganAfterTheDueTimeIsNotAwayPastIt() {
        // read late (another topic, a replay): the deadline was decided before it began
        assertThat(away(PresenceStatus.LUNCH, "2026-12-03T11:00:00Z", "2026-12-03T11:40:00Z").isAwayPast(DUE)).isFalse();
        assertThat(away(PresenceStatus.VACATION, "2026-12-02T16:00:00Z", "2026-12-09T08:00:00Z").isAwayPast(DUE)).isFalse();
    }

    @Test
    void theLaterChangePrevailsAndAtOneInstantTheSameOneWhicheverCameFirst() {
        Absence vacation = away(PresenceStatus.VACATION, "2026-12-01T08:00:00Z", null);
        Absence older = new Absence("emp", "unit", PresenceStatus.AVAILABLE, null, null, null,
                Instant.parse("2026-12-01T07:59:59Z"));
        assertThat(older.prevailsOver(vacation)).isFalse();
        assertThat(vacation.prevailsOver(older)).isTrue();
        assertThat(older.prevailsOver(null)).isTrue();
        assertThat(vacation.prevailsOver(vacation)).isTrue();
        // two changes at one instant: the same one stands in either order (away, then the unknown return)
        Absence available = new Absence("emp", "unit", PresenceStatus.AVAILABLE, null, null, null,
                vacation.changedAt());
        Absence backMonday = away(PresenceStatus.VACATION, "2026-12-01T08:00:00Z", "2026-12-07T07:00:00Z");
        assertThat(vacation.prevailsOver(available)).isTrue();
        assertThat(available.prevailsOver(vacation)).isFalse();
        assertThat(vacation.prevailsOver(backMonday)).isTrue();
        assertThat(backMonday.prevailsOver(vacation)).isFalse();
    }
}
