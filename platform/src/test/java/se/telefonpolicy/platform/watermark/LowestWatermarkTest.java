package se.telefonpolicy.platform.watermark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LowestWatermarkTest {

    private static final Instant NINE = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant TEN = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void theLowestPartitionOfEveryTopicHoldsTheWatermark() {
        assertThat(LowestWatermark.of(
                Map.of("pbx.calls.v1", Map.of(0, TEN, 1, NINE), "availability.status.v1", Map.of(0, TEN)),
                Map.of("pbx.calls.v1", 2, "availability.status.v1", 1)))
                .contains(NINE);
    }

    @Test
    void aPartitionNeverReadLeavesTheWatermarkUnknown() {
        assertThat(LowestWatermark.of(Map.of("pbx.calls.v1", Map.of(0, TEN, 1, TEN)), Map.of("pbx.calls.v1", 3)))
                .isEmpty();
        assertThat(LowestWatermark.of(Map.of(), Map.of("pbx.calls.v1", 1))).isEmpty();
    }

    @Test
    void noTopicsNoWatermark() {
        assertThat(LowestWatermark.of(Map.of(), Map.of())).isEmpty();
    }
}
