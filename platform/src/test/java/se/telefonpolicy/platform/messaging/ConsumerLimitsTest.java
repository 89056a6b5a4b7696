package se.telefonpolicy.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class ConsumerLimitsTest {

    @Test
    void theSharedDefaultsFitTogether() {
        ConsumerLimits limits = new ConsumerLimits(Duration.ofSeconds(60), 600_000, 250);
        assertThat(limits.problem()).isNull();
        assertThat(limits.transactionBudget()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void anAcknowledgementLimitShorterThanFiveTransactionTimeoutsIsRefused() {
        // SmallRye's own default (60 s) with the default timeout: what let a slow batch fail its channel
        assertThat(new ConsumerLimits(Duration.ofSeconds(60), 60_000, 500).problem())
                .contains("unprocessed-record-max-age.ms (60000) must be at least 5 transaction timeouts (300000 ms)");
        assertThat(new ConsumerLimits(Duration.ofSeconds(1), 5_000, 250).problem()).isNull();
    }

    @Test
    void zeroSwitchesSmallRyesLimitOffAndIsAllowed() {
        assertThat(new ConsumerLimits(Duration.ofSeconds(60), 0, 250).problem()).isNull();
    }

    @Test
    void aTimeoutUnderASecondIsRefused() {
        assertThat(new ConsumerLimits(Duration.ofMillis(500), 600_000, 250).problem()).contains("at least 1s");
    }

    @Test
    void theWatchdogWatchesTheIncomingChannelsOnly() {
        assertThat(ChannelWatchdog.incomingChannels(List.of(
                "mp.messaging.incoming.pbx-presence.connector", "mp.messaging.incoming.pbx-presence.topic",
                "mp.messaging.outgoing.outbox.connector", "mp.messaging.incoming.directory-units.connector")))
                .containsExactly("directory-units", "pbx-presence");
    }
}
