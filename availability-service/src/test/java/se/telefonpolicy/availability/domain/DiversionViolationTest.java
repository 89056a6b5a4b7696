package se.telefonpolicy.availability.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.availability.domain.DiversionViolation.Staleness;
import se.telefonpolicy.contracts.availability.PresenceSource;
import se.telefonpolicy.contracts.availability.PresenceStatus;

class DiversionViolationTest {

    private static final Instant SINCE = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant BACK = Instant.parse("2026-11-30T11:00:00Z");
    private static final Duration GRACE = Duration.ofMinutes(15);
    private static final Instant DEADLINE = BACK.plus(GRACE);

    private static Presence presence(PresenceStatus status, Instant returnAt) {
        return new Presence("emp-1", status, SINCE, returnAt, null, null, PresenceSource.PBX);
    }

    @Test
    void anAbsenceWithoutReturnTimeBreaksDiversionReturnTimeAtItsSince() {
        var v = DiversionViolation.missingReturnTime(presence(PresenceStatus.MEETING, null), "unit-1", SINCE.plusSeconds(2));
        assertThat(v).get().satisfies(it -> {
            assertThat(it.rule()).isEqualTo(DiversionRule.DIVERSION_RETURN_TIME);
            assertThat(it.since()).isEqualTo(SINCE);
            assertThat(it.violatedAt()).isEqualTo(SINCE);
            assertThat(it.detectedAt()).isEqualTo(SINCE.plusSeconds(2));
            assertThat(it.unitId()).isEqualTo("unit-1");
        });
        assertThat(DiversionViolation.missingReturnTime(presence(PresenceStatus.MEETING, BACK), null, SINCE)).isEmpty();
        assertThat(DiversionViolation.missingReturnTime(presence(PresenceStatus.AVAILABLE, null), null, SINCE)).isEmpty();
        assertThat(DiversionViolation.missingReturnTime(presence(PresenceStatus.IN_CALL, null), null, SINCE)).isEmpty();
    }

    @Test
    void aNextChangeWithinTheGraceShowsAtOnceThatItWasNotStale() {
        Presence meeting = presence(PresenceStatus.MEETING, BACK);
        assertThat(DiversionViolation.staleness(meeting, DEADLINE, null, GRACE)).isEqualTo(Staleness.NOT_STALE);
        assertThat(DiversionViolation.staleness(meeting, BACK.minusSeconds(60), null, GRACE)).isEqualTo(Staleness.NOT_STALE);
        // even with the watermark far past: the change ended it in time
        assertThat(DiversionViolation.staleness(meeting, DEADLINE, DEADLINE.plusSeconds(3600), GRACE))
                .isEqualTo(Staleness.NOT_STALE);
    }

    @Test
    void staleOnlyOnceTheWatermarkHasPassedReturnTimePlusGrace() {
        Presence meeting = presence(PresenceStatus.MEETING, BACK);
        // nothing known yet: a change may still come on a partition not read that far
        assertThat(DiversionViolation.staleness(meeting, null, null, GRACE)).isEqualTo(Staleness.UNDECIDED);
        assertThat(DiversionViolation.staleness(meeting, null, DEADLINE, GRACE)).isEqualTo(Staleness.UNDECIDED);
        // a later next change alone does not decide it: the watermark has not passed the deadline
        assertThat(DiversionViolation.staleness(meeting, DEADLINE.plusSeconds(1), DEADLINE, GRACE))
                .isEqualTo(Staleness.UNDECIDED);
        assertThat(DiversionViolation.staleness(meeting, null, DEADLINE.plusSeconds(1), GRACE)).isEqualTo(Staleness.STALE);
        // however briefly it outlived the grace, and although it is over
        assertThat(DiversionViolation.staleness(meeting, DEADLINE.plusSeconds(1), DEADLINE.plusSeconds(1), GRACE))
                .isEqualTo(Staleness.STALE);
    }

    @Test
    void aStaleDiversionIsViolatedAtReturnTimePlusGraceWithAStableId() {
        var v = DiversionViolation.stale(presence(PresenceStatus.MEETING, BACK), "unit-1", GRACE, Instant.parse("2026-12-03T08:00:00Z"));

        assertThat(v.rule()).isEqualTo(DiversionRule.DIVERSION_STALE);
        assertThat(v.returnAt()).isEqualTo(BACK);
        assertThat(v.violatedAt()).isEqualTo(DEADLINE);
        assertThat(v.diversionId()).isEqualTo(DiversionViolation.diversionId("emp-1", SINCE))
                .isNotEqualTo(DiversionViolation.diversionId("emp-1", SINCE.plusSeconds(1)))
                .isNotEqualTo(DiversionViolation.diversionId("emp-2", SINCE));
    }

    @Test
    void availableOrWithoutReturnTimeIsNeverStale() {
        Instant late = BACK.plus(Duration.ofHours(5));
        assertThat(DiversionViolation.staleness(presence(PresenceStatus.AVAILABLE, BACK), null, late, GRACE))
                .isEqualTo(Staleness.NOT_STALE);
        assertThat(DiversionViolation.staleness(presence(PresenceStatus.MEETING, null), null, late, GRACE))
                .isEqualTo(Staleness.NOT_STALE);
    }
}
