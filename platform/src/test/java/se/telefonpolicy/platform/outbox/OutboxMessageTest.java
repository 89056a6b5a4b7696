package se.telefonpolicy.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    @Test
    void aCloudEventNeedsItsSourceAndTime() {
        assertThatThrownBy(() -> new OutboxMessage(UUID.randomUUID(), "callbacks.tasks.v1", "task-1",
                "se.telefonpolicy.callback.created.v1", null, "task-1", Instant.now(), "{}", Map.of()))
                .hasMessageContaining("ceSource");
        assertThatThrownBy(() -> new OutboxMessage(UUID.randomUUID(), "callbacks.tasks.v1", "task-1",
                "se.telefonpolicy.callback.created.v1", "/telefonpolicy/callback-service", "task-1", null, "{}", Map.of()))
                .hasMessageContaining("ceTime");
    }

    @Test
    void aDeadLetterIsARawRecordWhoseHeadersCannotChangeAfterwards() {
        Map<String, String> headers = new HashMap<>(Map.of("dead-letter-reason", "bad json"));
        OutboxMessage deadLetter = new OutboxMessage(UUID.randomUUID(), "pbx.calls.v1.dlq", "emp-1", null, null, null,
                null, "{not json", headers);
        headers.put("dead-letter-reason", "changed");
        assertThat(deadLetter.isCloudEvent()).isFalse();
        assertThat(deadLetter.headers()).containsEntry("dead-letter-reason", "bad json");
    }
}
