package se.telefonpolicy.pbxconnector.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class EdgeWatermarkTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private final EdgeWatermark edge = new EdgeWatermark(Duration.ofMinutes(1));

    @Test
    void nothingIsPromisedBeforeTheFirstEvent() {
        assertThat(edge.current(NOW)).isEmpty();
    }

    @Test
    void whileEventsFlowTheirTimeIsThePromiseEvenFarInThePast() {
        Instant replayed = Instant.parse("2026-04-02T10:00:00Z");
        edge.sent(replayed, NOW);
        edge.sent(replayed.minusSeconds(30), NOW.plusSeconds(1));
        assertThat(edge.current(NOW.plusSeconds(50))).contains(replayed);
    }

    @Test
    void aQuietPbxLetsTheClockMoveTheWatermarkLessTheIdleTime() {
        edge.sent(NOW.minusSeconds(5), NOW);
        assertThat(edge.current(NOW.plusSeconds(59))).contains(NOW.minusSeconds(5));
        assertThat(edge.current(NOW.plusSeconds(600))).contains(NOW.plusSeconds(540));
    }

    @Test
    void thePromiseNeverGoesBack() {
        edge.sent(NOW, NOW);
        assertThat(edge.current(NOW.plusSeconds(600))).contains(NOW.plusSeconds(540));
        // a late replay resumes: what it sends is late, the promise stands
        edge.sent(NOW.minusSeconds(3600), NOW.plusSeconds(601));
        assertThat(edge.current(NOW.plusSeconds(602))).contains(NOW.plusSeconds(540));
    }
}
