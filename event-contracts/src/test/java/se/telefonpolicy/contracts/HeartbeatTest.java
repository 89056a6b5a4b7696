package se.telefonpolicy.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HeartbeatTest {

    private static final Instant WATERMARK = Instant.parse("2026-12-01T09:30:00Z");

    @Test
    void aHeartbeatIsACloudEventAboutOnePartitionWhoseTimeIsTheWatermark() {
        Heartbeat beat = Heartbeat.of(URI.create("/telefonpolicy/pbx-connector"), "pbx.calls.v1", 4, WATERMARK);
        Map<String, String> headers = beat.headers();
        assertThat(Heartbeat.isHeartbeat(headers)).isTrue();
        assertThat(headers).containsEntry("ce_specversion", "1.0").containsEntry("ce_subject", "pbx.calls.v1/4")
                .containsEntry("ce_time", "2026-12-01T09:30:00Z").containsEntry("ce_watermark", "2026-12-01T09:30:00Z");
        assertThat(beat.data()).isEqualTo("{\"topic\":\"pbx.calls.v1\",\"partition\":4,\"watermark\":\"2026-12-01T09:30:00Z\"}");
        assertThat(Heartbeat.partitionTime(headers)).contains(WATERMARK);
    }

    @Test
    void aRepublishedEventStandsForItsProducersWatermarkNotItsOwnTime() {
        assertThat(Heartbeat.partitionTime(Map.of("ce_time", "2026-12-01T10:00:00Z", "ce_watermark", "2026-12-01T09:30:00Z")))
                .contains(WATERMARK);
        assertThat(Heartbeat.partitionTime(Map.of("ce_time", "2026-12-01T09:30:00Z"))).contains(WATERMARK);
        assertThat(Heartbeat.partitionTime(Map.of("ce_time", "yesterday"))).isEmpty();
        assertThat(Heartbeat.isHeartbeat(Map.of("ce_type", "se.telefonpolicy.pbx.call-offered.v1"))).isFalse();
    }
}
