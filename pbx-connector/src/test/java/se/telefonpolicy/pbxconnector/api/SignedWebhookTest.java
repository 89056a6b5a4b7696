package se.telefonpolicy.pbxconnector.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.pbx.PbxStatusChanged;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.pbxconnector.Metrics;
import se.telefonpolicy.pbxconnector.domain.WebhookSignature;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestClock;
import se.telefonpolicy.testsupport.TestTokens;

/** Acceptance 2: the signed webhook, through the real broker and database. */
@QuarkusTest
class SignedWebhookTest {

    /** The test profile's secret (application.properties). */
    private static final String SECRET = "test-webhook-secret-0123456789abcdef";
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final WebhookSignature signer = new WebhookSignature(SECRET, Duration.ofMinutes(5));

    @Inject
    TestClock clock;

    @BeforeEach
    void fixTheClock() {
        clock.set(NOW);
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void aValidSignatureIsAcceptedOnceAndAReplayIsNotPublishedAgain() {
        String body = body("wh-vm-1", EventType.VOICEMAIL_LEFT.ceType(), EventJson.toJson(
                new VoicemailLeft("wh-call-1", "wh-anna", null, "+46705550301", Instant.parse("2026-11-30T08:58:00Z"), 31)));
        long ts = NOW.getEpochSecond();

        post(body, ts, signer.sign(ts, bytes(body))).then().statusCode(202)
                .body("id", equalTo("wh-vm-1")).body("status", equalTo("ACCEPTED")).body("ceId", notNullValue());
        // the PBX retries (it never saw our answer): the same request, still inside the window
        clock.advance(Duration.ofSeconds(40));
        post(body, ts, signer.sign(ts, bytes(body))).then().statusCode(200)
                .body("status", equalTo("DUPLICATE")).body("ceId", equalTo(null));
        // and again with a fresh timestamp: the PBX's event id decides, not the request
        long later = clock.instant().getEpochSecond();
        post(body, later, signer.sign(later, bytes(body))).then().statusCode(200).body("status", equalTo("DUPLICATE"));

        // a later event marks the end of what the relay sends for this test
        String marker = body("wh-vm-2", EventType.VOICEMAIL_LEFT.ceType(), EventJson.toJson(
                new VoicemailLeft("wh-call-2", "wh-anna", null, "+46705550302", Instant.parse("2026-11-30T08:59:00Z"), 12)));
        post(marker, later, signer.sign(later, bytes(marker))).then().statusCode(202);
        List<ConsumerRecord<String, String>> published = KafkaTestClient.readUntil(Topic.PBX_CALLS.topicName(),
                rs -> rs.stream().anyMatch(r -> "wh-call-2".equals(KafkaTestClient.header(r, EventEnvelope.HEADER_SUBJECT))), WAIT);
        List<ConsumerRecord<String, String>> first = published.stream()
                .filter(r -> "wh-call-1".equals(KafkaTestClient.header(r, EventEnvelope.HEADER_SUBJECT))).toList();
        assertThat(first).hasSize(1);
        assertThat(first.get(0).key()).isEqualTo("wh-anna");
        assertThat(KafkaTestClient.header(first.get(0), EventEnvelope.HEADER_TYPE)).isEqualTo(EventType.VOICEMAIL_LEFT.ceType());
        VoicemailLeft event = EventJson.fromJson(EventType.VOICEMAIL_LEFT, first.get(0).value());
        assertThat(event.callerNumber()).isEqualTo("+46705550301");
        assertThat(event.durationSeconds()).isEqualTo(31);
    }

    @Test
    void presenceGoesToThePresenceTopic() {
        String body = body("wh-presence-1", EventType.PBX_STATUS_CHANGED.ceType(),
                "{\"employeeId\":\"wh-bertil\",\"status\":\"LUNCH\",\"changedAt\":\"2026-11-30T11:00:00Z\","
                        + "\"returnAt\":\"2026-11-30T12:00:00Z\",\"message\":\"Lunch\",\"pbxStatusCode\":\"12\"}");
        long ts = NOW.getEpochSecond();
        post(body, ts, signer.sign(ts, bytes(body))).then().statusCode(202);

        ConsumerRecord<String, String> record = KafkaTestClient.find(Topic.PBX_PRESENCE.topicName(),
                r -> "wh-bertil".equals(r.key()), WAIT).orElseThrow();
        PbxStatusChanged status = EventJson.fromJson(EventType.PBX_STATUS_CHANGED, record.value());
        assertThat(status.returnAt()).isEqualTo(Instant.parse("2026-11-30T12:00:00Z"));
        assertThat(status.pbxStatusCode()).isEqualTo("12");
    }

    @Test
    void aBadSignatureIs401AndNothingIsPublished() {
        double before = Metrics.value("telefonpolicy_pbx_webhook_requests_total{outcome=\"bad_signature\"}");
        String body = body("wh-forged", EventType.VOICEMAIL_LEFT.ceType(), EventJson.toJson(
                new VoicemailLeft("wh-call-forged", "wh-anna", null, "+46705550303", NOW, 5)));
        long ts = NOW.getEpochSecond();
        String signedWithAnotherSecret = new WebhookSignature("not-the-secret", Duration.ofMinutes(5)).sign(ts, bytes(body));

        post(body, ts, signedWithAnotherSecret).then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://telefonpolicy.se/problems/webhook-signature"))
                .body("status", equalTo(401))
                .body("detail", startsWith("The signature does not match"));
        // signed correctly, then the body changed on the way
        post(body.replace("+46705550303", "+46705550304"), ts, signer.sign(ts, bytes(body))).then().statusCode(401);
        // no signature at all
        given().contentType("application/json").header(PbxWebhookResource.TIMESTAMP_HEADER, Long.toString(ts)).body(body)
                .post("/api/v1/pbx/events").then().statusCode(401).contentType("application/problem+json");

        assertThat(Metrics.value("telefonpolicy_pbx_webhook_requests_total{outcome=\"bad_signature\"}")).isEqualTo(before + 2);
        // the same id, properly signed, is still new: the forgeries were not recorded
        post(body, ts, signer.sign(ts, bytes(body))).then().statusCode(202);
    }

    @Test
    void aStaleTimestampIs401EvenWhenCorrectlySigned() {
        String body = body("wh-stale", EventType.VOICEMAIL_LEFT.ceType(), EventJson.toJson(
                new VoicemailLeft("wh-call-stale", "wh-anna", null, "+46705550305", NOW, 5)));
        long sixMinutesAgo = NOW.minus(Duration.ofMinutes(6)).getEpochSecond();

        post(body, sixMinutesAgo, signer.sign(sixMinutesAgo, bytes(body))).then().statusCode(401)
                .contentType("application/problem+json")
                .body("detail", startsWith("The timestamp is more than 5 minutes from now"));
        long fourMinutesAgo = NOW.minus(Duration.ofMinutes(4)).getEpochSecond();
        post(body, fourMinutesAgo, signer.sign(fourMinutesAgo, bytes(body))).then().statusCode(202);
    }

    @Test
    void anInvalidEventIs400NamingTheField() {
        long ts = NOW.getEpochSecond();
        String notE164 = body("wh-bad-1", EventType.VOICEMAIL_LEFT.ceType(),
                "{\"callId\":\"wh-call-bad\",\"employeeId\":\"wh-anna\",\"callerNumber\":\"0705550306\","
                        + "\"leftAt\":\"2026-11-30T08:00:00Z\",\"durationSeconds\":5}");
        assertInvalid(notE164, ts, "data.callerNumber");

        String noLeftAt = body("wh-bad-2", EventType.VOICEMAIL_LEFT.ceType(),
                "{\"callId\":\"wh-call-bad\",\"employeeId\":\"wh-anna\",\"durationSeconds\":5}");
        assertInvalid(noLeftAt, ts, "data.leftAt");

        assertInvalid(body("wh-bad-3", "se.telefonpolicy.callback.created.v1", "{}"), ts, "type");
        assertInvalid("{\"type\":\"" + EventType.CALL_MISSED.ceType() + "\",\"data\":{}}", ts, "id");
        assertInvalid("{\"id\":\"wh-bad-4\",\"type\":\"" + EventType.CALL_MISSED.ceType() + "\"}", ts, "data");
        assertInvalid("not json", ts, "$");
    }

    @Test
    void everythingElseStaysBehindTheBearerToken() {
        given().get("/api/v1/pbx/extensions/1234").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.employee("wh-anna")).get("/api/v1/pbx/extensions/1234").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/pbx/extensions/1234").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private void assertInvalid(String body, long ts, String field) {
        post(body, ts, signer.sign(ts, bytes(body))).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    private static Response post(String body, long timestamp, String signature) {
        return given().contentType("application/json")
                .header(PbxWebhookResource.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(PbxWebhookResource.SIGNATURE_HEADER, signature)
                .body(bytes(body))
                .post("/api/v1/pbx/events");
    }

    private static String body(String id, String type, String data) {
        return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"data\":" + data + "}";
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
