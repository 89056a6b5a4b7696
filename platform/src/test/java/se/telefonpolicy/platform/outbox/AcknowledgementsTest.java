package se.telefonpolicy.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class AcknowledgementsTest {

    @Test
    void everyAcknowledgedRowIsPublishedWhenNothingFailed() {
        assertThat(Acknowledgements.publishable(List.of("t/a", "t/b", "t/a"), List.of(true, true, true)))
                .containsExactly(0, 1, 2);
    }

    @Test
    void anAcknowledgedRowIsKeptWhenAnEarlierRowOfItsStreamFailed() {
        // t/a's first row failed: its second must go again after it, not stand before it on the topic
        assertThat(Acknowledgements.publishable(List.of("t/a", "t/b", "t/a", "u/a"), List.of(false, true, true, true)))
                .containsExactly(1, 3);
    }

    @Test
    void rowsAcknowledgedBeforeAFailureOfTheirStreamArePublished() {
        assertThat(Acknowledgements.publishable(List.of("t/a", "t/a", "t/a"), List.of(true, false, true)))
                .containsExactly(0);
    }

    @Test
    void heartbeatsAreStreamsByPartition() {
        assertThat(Acknowledgements.stream("t", "heartbeat", 3)).isNotEqualTo(Acknowledgements.stream("t", "heartbeat", 4));
        assertThat(Acknowledgements.stream("t", "emp-1", null)).isNotEqualTo(Acknowledgements.stream("u", "emp-1", null));
    }

    @Test
    void oneOutcomePerRow() {
        assertThatThrownBy(() -> Acknowledgements.publishable(List.of("t/a"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
