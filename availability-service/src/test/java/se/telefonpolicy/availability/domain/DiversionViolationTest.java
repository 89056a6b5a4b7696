package se.telefonpolicy.availability.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.contracts.availability.PresenceSource;
import se.telefonpolicy.contracts.availability.PresenceStatus;

class DiversionViolationTest {

    private static final Instant SINCE = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant BACK = Instant.parse("2026-11-30T11:00:00Z");
    private static final Duration GRACE = Duration.ofMinutes(15);

    private static Presence presence(PresenceStatus status, Instant returnAt) {
        return new Presence("emp-1", status, SINCE, returnAt, null, null, PresenceSource.PBX);
    }

    @Test
    void anAbsenceWithoutReturnTimeBreaksDiversionReturnTime() {
        var v = DiversionViolation.missingReturnTime(presence(PresenceStatus.MEETING, null), SINCE.plusSeconds(2));
        assertThat(v).get().satisfies(it -> {
            assertThat(it.rule()).isEqualTo(DiversionRule.DIVERSION_RETURN_TIME);
            assertThat(it.since()).isEqualTo(SINCE);
            assertThat(it.detectedAt()).isEqualTo(SINCE.plusSeconds(2));
        });
        assertThat(DiversionViolation.missingReturnTime(presence(PresenceStatus.MEETING, BACK), SINCE)).isEmpty();
        assertThat(DiversionViolation.missingReturnTime(presence(PresenceStatus.AVAILABLE, null), SINCE)).isEmpty();
        assertThat(DiversionViolation.missingReturnTime(presence(PresenceStatus.IN_CALL, null), SINCE)).isEmpty();
    }

    @Test
    void aReturnTimePassedByMoreThanTheGraceIsStale() {
        Presence meeting = presence(PresenceStatus.MEETING, BACK);
        assertThat(DiversionViolation.stale(meeting, BACK.plus(GRACE), GRACE)).isEmpty();
        assertThat(DiversionViolation.stale(meeting, BACK.plus(GRACE).plusSeconds(1), GRACE)).get()
                .satisfies(it -> {
                    assertThat(it.rule()).isEqualTo(DiversionRule.DIVERSION_STALE);
                    assertThat(it.returnAt()).isEqualTo(BACK);
                });
    }

    @Test
    void availableOrWithoutReturnTimeIsNeverStale() {
        Instant late = BACK.plus(Duration.ofHours(5));
        assertThat(DiversionViolation.stale(presence(PresenceStatus.AVAILABLE, BACK), late, GRACE)).isEmpty();
        assertThat(DiversionViolation.stale(presence(PresenceStatus.MEETING, null), late, GRACE)).isEmpty();
    }
}
