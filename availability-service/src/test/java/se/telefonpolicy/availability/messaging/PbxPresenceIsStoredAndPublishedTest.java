package se.telefonpolicy.availability.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.contracts.DeadLetter;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.availability.DivertTarget;
import se.telefonpolicy.contracts.availability.DivertTargetKind;
import se.telefonpolicy.contracts.availability.PresenceSource;
import se.telefonpolicy.contracts.availability.PresenceStatus;
import se.telefonpolicy.contracts.availability.StatusChanged;
import se.telefonpolicy.contracts.pbx.PbxStatusChanged;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestTokens;

/** Through the real broker: a plain producer writes what the PBX reports; a plain consumer reads what the service publishes. */
@QuarkusTest
class PbxPresenceIsStoredAndPublishedTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aDiversionFromThePbxIsStoredAndPublishedOnceEvenWhenDeliveredTwice() {
        Instant changedAt = Instant.parse("2026-11-30T09:00:00Z");
        var meeting = new PbxStatusChanged("emp-anna", PresenceStatus.MEETING, changedAt,
                Instant.parse("2026-11-30T11:00:00Z"), "Möte till 12", new DivertTarget(DivertTargetKind.VOICEMAIL, null), "3");
        EventEnvelope envelope = EventEnvelope.of(meeting);
        // the same event twice, as after a producer retry: one effect, one published event
        KafkaTestClient.send(envelope.topic(), envelope.key(), envelope.data(), envelope.headers());
        KafkaTestClient.send(envelope.topic(), envelope.key(), envelope.data(), envelope.headers());

        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.switchboard("emp-vaxel")).get("/api/v1/employees/emp-anna/presence")
                .then().statusCode(200).body("status", equalTo("MEETING")).body("message", equalTo("Möte till 12")));

        // StatusChanged only: the meeting may also be decided stale once another test moves event time past it
        var published = KafkaTestClient.readUntil(Topic.AVAILABILITY_STATUS.topicName(),
                rs -> rs.stream().anyMatch(r -> isStatusChangedOfAnna(r)), WAIT).stream()
                .filter(PbxPresenceIsStoredAndPublishedTest::isStatusChangedOfAnna).toList();
        assertThat(published).hasSize(1);
        StatusChanged normalised = EventJson.fromJson(EventType.STATUS_CHANGED, published.get(0).value());
        assertThat(normalised.status()).isEqualTo(PresenceStatus.MEETING);
        assertThat(normalised.source()).isEqualTo(PresenceSource.PBX);
        assertThat(normalised.returnAt()).isEqualTo(Instant.parse("2026-11-30T11:00:00Z"));
        assertThat(KafkaTestClient.header(published.get(0), EventEnvelope.HEADER_TYPE)).isEqualTo(EventType.STATUS_CHANGED.ceType());
    }

    private static boolean isStatusChangedOfAnna(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> r) {
        return "emp-anna".equals(r.key())
                && EventType.STATUS_CHANGED.ceType().equals(KafkaTestClient.header(r, EventEnvelope.HEADER_TYPE));
    }

    @Test
    void anUnreadableEventGoesToTheDeadLetterTopicAndTheNextOneIsApplied() {
        var good = new PbxStatusChanged("emp-bertil", PresenceStatus.LUNCH, Instant.parse("2026-11-30T11:00:00Z"),
                Instant.parse("2026-11-30T11:45:00Z"), null, null, null);
        EventEnvelope envelope = EventEnvelope.of(good);
        KafkaTestClient.send(envelope.topic(), "emp-bertil", "{not json", EventEnvelope.of(good).headers());
        KafkaTestClient.sendEvent(good);

        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.switchboard("emp-vaxel")).get("/api/v1/employees/emp-bertil/presence")
                .then().statusCode(200).body("status", equalTo("LUNCH")));
        var deadLetter = KafkaTestClient.find(Topic.PBX_PRESENCE.dlqName(), r -> "emp-bertil".equals(r.key()), WAIT)
                .orElseThrow(() -> new AssertionError("no dead letter"));
        assertThat(deadLetter.value()).isEqualTo("{not json");
        assertThat(KafkaTestClient.header(deadLetter, DeadLetter.REASON)).isNotBlank();
        assertThat(KafkaTestClient.header(deadLetter, DeadLetter.ORIGINAL_TOPIC)).isEqualTo(Topic.PBX_PRESENCE.topicName());
        assertThat(KafkaTestClient.header(deadLetter, DeadLetter.ORIGINAL_OFFSET)).isNotBlank();
    }
}
