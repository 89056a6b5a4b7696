package se.telefonpolicy.callback.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static se.telefonpolicy.callback.CallbackTestSupport.awaitTask;
import static se.telefonpolicy.callback.CallbackTestSupport.countOf;
import static se.telefonpolicy.callback.CallbackTestSupport.taskEvents;
import static se.telefonpolicy.callback.CallbackTestSupport.taskIdFor;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.pbx.OutboundCallPlaced;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.callback.persistence.TaskRows;
import se.telefonpolicy.testsupport.KafkaTestClient;

/**
 * Acceptance 4: the same stream again — the very same records (same ce_id, as after an offset reset)
 * and the same PBX calls under new ce_ids (a connector resending) — leaves the database as it was and
 * publishes nothing new.
 */
@QuarkusTest
class SameEventsConsumedTwiceTest {

    @jakarta.inject.Inject
    TaskRows rows;

    @Test
    void replayingTheStreamChangesNothingAndPublishesNothingTwice() {
        String caller = "+46705550501";
        Instant left = Instant.parse("2026-11-30T09:00:00Z");
        List<DomainEvent> stream = List.of(
                new VoicemailLeft("replay-vm-1", "emp-replay", null, caller, left, 20),
                new VoicemailLeft("replay-vm-2", "emp-replay", null, caller, left.plusSeconds(900), 20),
                new OutboundCallPlaced("replay-out-1", "emp-replay", caller, Instant.parse("2026-12-01T08:00:00Z"), false, 0),
                new OutboundCallPlaced("replay-out-2", "emp-replay", caller, Instant.parse("2026-12-01T12:00:00Z"), true, 60));
        List<EventEnvelope> envelopes = stream.stream().map(EventEnvelope::of).toList();
        envelopes.forEach(SameEventsConsumedTwiceTest::send);
        String taskId = taskIdFor("replay-vm-1");
        awaitTask(taskId, t -> "COMPLETED".equals(t.getString("status")));
        var events = taskEvents(taskId, rs -> countOf(rs, EventType.CALLBACK_COMPLETED) >= 1);
        Map<String, Object> before = rows.snapshot(taskId);

        envelopes.forEach(SameEventsConsumedTwiceTest::send);       // the same records, same ce_id
        stream.forEach(KafkaTestClient::sendEvent);                  // the same calls, new ce_ids
        // a marker behind them in the same partition: once it is applied and published, so are they
        KafkaTestClient.sendEvent(new VoicemailLeft("replay-marker", "emp-replay", null, "+46705550599",
                left.plusSeconds(7200), 5));
        awaitTask(taskIdFor("replay-marker"), t -> true);
        taskEvents(taskIdFor("replay-marker"), rs -> countOf(rs, EventType.CALLBACK_CREATED) >= 1);

        assertThat(rows.snapshot(taskId)).isEqualTo(before);
        var after = taskEvents(taskId, rs -> countOf(rs, EventType.CALLBACK_COMPLETED) >= 1);
        assertThat(after).hasSameSizeAs(events);
        assertThat(countOf(after, EventType.CALLBACK_CREATED)).isEqualTo(1);
        assertThat(countOf(after, EventType.CALLBACK_MADE)).isEqualTo(2);
        assertThat(countOf(after, EventType.CALLBACK_COMPLETED)).isEqualTo(1);
        assertThat(after.stream().map(r -> KafkaTestClient.header(r, EventEnvelope.HEADER_ID)).distinct()).hasSize(4);
    }

    private static void send(EventEnvelope e) {
        KafkaTestClient.send(e.topic(), e.key(), e.data(), e.headers());
    }
}
