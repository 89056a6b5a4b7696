package se.telefonpolicy.availability.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.contracts.availability.PresenceStatus;

class DiversionRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void availableAndInCallNeedNoReturnTime() {
        assertThat(DiversionRules.refusedReturnTime(PresenceStatus.AVAILABLE, null, NOW)).isEmpty();
        assertThat(DiversionRules.refusedReturnTime(PresenceStatus.IN_CALL, null, NOW)).isEmpty();
    }

    @Test
    void anAbsenceWithoutReturnTimeIsRefused() {
        for (PresenceStatus absent : PresenceStatus.values()) {
            if (absent.requiresReturnTime()) {
                assertThat(DiversionRules.refusedReturnTime(absent, null, NOW)).as(absent.name()).isPresent();
            }
        }
    }

    @Test
    void theReturnTimeMustBeAfterNowAndWithinAYear() {
        assertThat(DiversionRules.refusedReturnTime(PresenceStatus.LUNCH, NOW, NOW)).isPresent();
        assertThat(DiversionRules.refusedReturnTime(PresenceStatus.LUNCH, NOW.plusSeconds(1), NOW)).isEmpty();
        assertThat(DiversionRules.refusedReturnTime(PresenceStatus.VACATION, Instant.parse("2027-11-30T10:00:00Z"), NOW)).isEmpty();
        assertThat(DiversionRules.refusedReturnTime(PresenceStatus.VACATION, Instant.parse("2027-11-30T10:00:01Z"), NOW)).isPresent();
        assertThat(DiversionRules.refusedReturnTime(PresenceStatus.SICK, NOW.minus(Duration.ofMinutes(1)), NOW)).isPresent();
    }
}
