package se.telefonpolicy.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class DeadLetterTest {

    @Test
    void headerNamesAreSmallRyesDeadLetterQueueNames() {
        // literal on purpose: these are what SmallRye's KafkaDeadLetterQueue writes (4.x)
        assertThat(DeadLetter.REASON).isEqualTo("dead-letter-reason");
        assertThat(DeadLetter.CAUSE).isEqualTo("dead-letter-cause");
        assertThat(DeadLetter.EXCEPTION_CLASS).isEqualTo("dead-letter-exception-class-name");
        assertThat(DeadLetter.ORIGINAL_TOPIC).isEqualTo("dead-letter-topic");
        assertThat(DeadLetter.ORIGINAL_PARTITION).isEqualTo("dead-letter-partition");
        assertThat(DeadLetter.ORIGINAL_OFFSET).isEqualTo("dead-letter-offset");
    }

    @Test
    void headersOfAContractViolation() {
        var failure = new InvalidEventException("callerNumber", "must be a phone number in E.164 form");

        assertThat(DeadLetter.headers(failure, "callback-service", "pbx.calls.v1", 4, 1207L)).containsExactly(
                entry("dead-letter-reason", "callerNumber must be a phone number in E.164 form"),
                entry("dead-letter-exception-class-name", InvalidEventException.class.getName()),
                entry("dead-letter-topic", "pbx.calls.v1"),
                entry("dead-letter-partition", "4"),
                entry("dead-letter-offset", "1207"),
                entry("dead-letter-field", "callerNumber"),
                entry("dead-letter-consumer-group", "callback-service"));
    }

    @Test
    void deadLetterTopicIsTheTopicWithDlq() {
        assertThat(DeadLetter.topicFor("callbacks.tasks.v1")).isEqualTo("callbacks.tasks.v1.dlq");
        for (Topic topic : Topic.values()) {
            assertThat(DeadLetter.topicFor(topic.topicName())).isEqualTo(topic.dlqName());
            assertThat(Topic.allSpecs()).anySatisfy(spec -> assertThat(spec.name()).isEqualTo(topic.dlqName()));
        }
    }
}
