package se.telefonpolicy.staffweb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class CallbackStateTest {

    private static final Instant NOW = Instant.parse("2026-05-05T08:00:00Z");

    @Test
    void overdueIsCallbackServicesFlag() {
        assertThat(CallbackState.of(NOW.minusSeconds(60), true, false, NOW)).isEqualTo(CallbackState.OVERDUE);
        assertThat(CallbackState.of(NOW.plusSeconds(60), true, false, NOW)).isEqualTo(CallbackState.OVERDUE);
    }

    @Test
    void dueSoonIsWithinFourHoursNotYetCalled() {
        assertThat(CallbackState.of(NOW.plus(Duration.ofHours(4)), false, false, NOW)).isEqualTo(CallbackState.DUE_SOON);
        assertThat(CallbackState.of(NOW.plusSeconds(1), false, false, NOW)).isEqualTo(CallbackState.DUE_SOON);
        assertThat(CallbackState.of(NOW.plus(Duration.ofHours(4)).plusSeconds(1), false, false, NOW))
                .isEqualTo(CallbackState.LATER);
    }

    @Test
    void aCalledTaskOrOnePastItsTimeButNotOverdueIsNotDueSoon() {
        assertThat(CallbackState.of(NOW.plus(Duration.ofHours(1)), false, true, NOW)).isEqualTo(CallbackState.LATER);
        assertThat(CallbackState.of(NOW.minusSeconds(1), false, true, NOW)).isEqualTo(CallbackState.LATER);
        assertThat(CallbackState.of(null, false, false, NOW)).isEqualTo(CallbackState.LATER);
    }

    @Test
    void aWordBesideTheColour() {
        assertThat(CallbackState.OVERDUE.label()).isEqualTo("Försenad");
        assertThat(CallbackState.DUE_SOON.label()).isEqualTo("Inom 4 timmar");
        assertThat(CallbackState.OVERDUE.cssClass()).isEqualTo("forsenad");
    }
}
