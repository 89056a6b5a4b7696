package se.telefonpolicy.callback.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.contracts.DeadLetter;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.testsupport.KafkaTestClient;

/**
 * Acceptance 5 of issue 7, through the real broker: bad JSON, an unknown ce_type and a voicemail
 * without a caller each land in pbx.calls.v1.dlq with their reason, and the next good event is processed.
 */
@QuarkusTest
class MalformedCallEventsAreDeadLetteredTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String MAILBOX = "emp-dlq-test";

    @Test
    void eachBadEventIsADeadLetterWithItsReasonAndTheNextGoodOneOpensATask() {
        Instant leftAt = Instant.parse("2026-11-30T09:00:00Z");
        EventEnvelope good = EventEnvelope.of(new VoicemailLeft("call-dlq-good", MAILBOX, null, "+46701112233", leftAt, 12));

        // 1. not JSON at all
        KafkaTestClient.send(good.topic(), MAILBOX, "{not json", EventEnvelope.of(
                new VoicemailLeft("call-dlq-json", MAILBOX, null, "+46701112233", leftAt, 12)).headers());
        // 2. a ce_type nobody knows
        Map<String, String> unknownType = new LinkedHashMap<>(EventEnvelope.of(
                new VoicemailLeft("call-dlq-type", MAILBOX, null, "+46701112233", leftAt, 12)).headers());
        unknownType.put(EventEnvelope.HEADER_TYPE, "se.telefonpolicy.pbx.fax-received.v1");
        KafkaTestClient.send(good.topic(), MAILBOX, "{}", unknownType);
        // 3. a voicemail nobody can call back
        KafkaTestClient.sendEvent(new VoicemailLeft("call-dlq-withheld", MAILBOX, null, null, leftAt, 12));
        // 4. and then a good one, on the same key (same partition, after the three)
        KafkaTestClient.send(good.topic(), good.key(), good.data(), good.headers());

        var deadLetters = KafkaTestClient.readUntil(Topic.PBX_CALLS.dlqName(),
                rs -> rs.stream().filter(r -> MAILBOX.equals(r.key())).count() >= 3, WAIT).stream()
                .filter(r -> MAILBOX.equals(r.key())).toList();
        assertThat(deadLetters).hasSize(3);
        assertThat(deadLetters).extracting(r -> KafkaTestClient.header(r, DeadLetter.ORIGINAL_TOPIC))
                .containsOnly(Topic.PBX_CALLS.topicName());
        assertThat(reasonFor(deadLetters, "{not json")).contains("JSON");
        assertThat(deadLetters).anySatisfy(r -> {
            assertThat(KafkaTestClient.header(r, DeadLetter.FIELD)).isEqualTo("ce_type");
            assertThat(KafkaTestClient.header(r, DeadLetter.REASON)).contains("fax-received");
        });
        assertThat(deadLetters).anySatisfy(r -> {
            assertThat(KafkaTestClient.header(r, DeadLetter.FIELD)).isEqualTo("callerNumber");
            assertThat(KafkaTestClient.header(r, DeadLetter.REASON)).contains("withheld");
        });

        var tasks = KafkaTestClient.readUntil(Topic.CALLBACK_TASKS.topicName(),
                rs -> rs.stream().anyMatch(r -> r.value() != null && r.value().contains("call-dlq-good")), WAIT);
        assertThat(tasks).as("the good voicemail after the bad ones opened a task")
                .anyMatch(r -> r.value() != null && r.value().contains("call-dlq-good"));
        assertThat(tasks).as("no bad one opened a task")
                .noneMatch(r -> r.value() != null && (r.value().contains("call-dlq-withheld")
                        || r.value().contains("call-dlq-type") || r.value().contains("call-dlq-json")));
    }

    private static String reasonFor(java.util.List<ConsumerRecord<String, String>> deadLetters, String value) {
        return deadLetters.stream().filter(r -> value.equals(r.value())).findFirst()
                .map(r -> KafkaTestClient.header(r, DeadLetter.REASON)).orElseThrow();
    }
}
