package se.telefonpolicy.pbxconnector.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Heartbeat;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.pbxconnector.domain.WebhookSignature;
import se.telefonpolicy.platform.watermark.Heartbeats;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestClock;

/**
 * The connector is where event time enters: its heartbeats on every partition of both PBX topics carry the
 * latest PBX event time while events flow (a replay keeps its own time), and the clock only once the PBX is quiet.
 */
@QuarkusTest
class HeartbeatsCarryThePbxTimeTest {

    private static final String SECRET = "test-webhook-secret-0123456789abcdef";
    /** Later than any other test's events: the connector's watermark is the latest it has sent. */
    private static final Instant NOW = Instant.parse("2027-01-11T09:00:00Z");
    private static final Instant LEFT_AT = Instant.parse("2027-01-11T07:30:00Z");

    private final WebhookSignature signer = new WebhookSignature(SECRET, Duration.ofMinutes(5));

    @Inject
    TestClock clock;

    @Inject
    Heartbeats heartbeats;

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void heartbeatsCarryTheLatestPbxEventTimeThenTheClockOnceThePbxIsQuiet() {
        clock.set(NOW);
        String body = "{\"id\":\"hb-vm-1\",\"type\":\"" + EventType.VOICEMAIL_LEFT.ceType() + "\",\"data\":" + EventJson.toJson(
                new VoicemailLeft("hb-call-1", "hb-anna", null, "+46705550391", LEFT_AT, 20)) + "}";
        long ts = NOW.getEpochSecond();
        given().contentType("application/json")
                .header(PbxWebhookResource.TIMESTAMP_HEADER, Long.toString(ts))
                .header(PbxWebhookResource.SIGNATURE_HEADER, signer.sign(ts, body.getBytes(StandardCharsets.UTF_8)))
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/pbx/events").then().statusCode(202);

        assertThat(heartbeats.beat()).as("a heartbeat on each of 6 + 6 partitions").isEqualTo(12);
        assertThat(partitionsWithHeartbeat(Topic.PBX_CALLS, LEFT_AT)).hasSize(Topic.PBX_CALLS.partitions());
        assertThat(partitionsWithHeartbeat(Topic.PBX_PRESENCE, LEFT_AT)).hasSize(Topic.PBX_PRESENCE.partitions());

        // the PBX says nothing for five minutes: nothing older than a minute ago can still come from it
        clock.advance(Duration.ofMinutes(5));
        heartbeats.beat();
        Instant quiet = NOW.plus(Duration.ofMinutes(4));
        assertThat(partitionsWithHeartbeat(Topic.PBX_CALLS, quiet)).hasSize(Topic.PBX_CALLS.partitions());
    }

    private static Set<Integer> partitionsWithHeartbeat(Topic topic, Instant watermark) {
        String expected = Heartbeat.format(watermark);
        List<ConsumerRecord<String, String>> read = KafkaTestClient.readUntil(topic.topicName(),
                rs -> rs.stream().filter(r -> isBeat(r, expected)).map(ConsumerRecord::partition).distinct().count()
                        == topic.partitions(), Duration.ofSeconds(30));
        return read.stream().filter(r -> isBeat(r, expected)).map(ConsumerRecord::partition).collect(Collectors.toSet());
    }

    private static boolean isBeat(ConsumerRecord<String, String> r, String watermark) {
        return Heartbeat.CE_TYPE.equals(KafkaTestClient.header(r, "ce_type"))
                && watermark.equals(KafkaTestClient.header(r, Heartbeat.HEADER_WATERMARK))
                && Heartbeat.KEY.equals(r.key());
    }
}
