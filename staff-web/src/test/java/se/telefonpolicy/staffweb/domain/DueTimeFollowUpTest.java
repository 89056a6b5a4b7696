package se.telefonpolicy.staffweb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class DueTimeFollowUpTest {

    private static final Instant NOW = Instant.parse("2026-05-05T08:00:00Z");

    @Test
    void overdueIsCallbackServicesFlag() {
        assertThat(DueTime.followUp(NOW.minusSeconds(60), true, false, NOW)).isEqualTo(DueTime.Urgency.OVERDUE);
        assertThat(DueTime.followUp(NOW.plusSeconds(60), true, false, NOW)).isEqualTo(DueTime.Urgency.OVERDUE);
    }

    @Test
    void dueSoonIsWithinFourHoursNotYetCalled() {
        assertThat(DueTime.followUp(NOW.plus(Duration.ofHours(4)), false, false, NOW)).isEqualTo(DueTime.Urgency.DUE_SOON);
        assertThat(DueTime.followUp(NOW.plusSeconds(1), false, false, NOW)).isEqualTo(DueTime.Urgency.DUE_SOON);
        assertThat(DueTime.followUp(NOW.plus(Duration.ofHours(4)).plusSeconds(1), false, false, NOW))
                .isEqualTo(DueTime.Urgency.LATER);
    }

    @Test
    void aCalledTaskOrOnePastItsTimeButNotOverdueIsNotDueSoon() {
        assertThat(DueTime.followUp(NOW.plus(Duration.ofHours(1)), false, true, NOW)).isEqualTo(DueTime.Urgency.LATER);
        assertThat(DueTime.followUp(NOW.minusSeconds(1), false, true, NOW)).isEqualTo(DueTime.Urgency.LATER);
        assertThat(DueTime.followUp(null, false, false, NOW)).isEqualTo(DueTime.Urgency.LATER);
    }

    @Test
    void aWordBesideTheColour() {
        assertThat(DueTime.Urgency.OVERDUE.label()).isEqualTo("Försenad");
        assertThat(DueTime.Urgency.DUE_SOON.label()).isEqualTo("Inom 4 timmar");
        assertThat(DueTime.Urgency.OVERDUE.cssClass()).isEqualTo("forsenad");
    }
}
