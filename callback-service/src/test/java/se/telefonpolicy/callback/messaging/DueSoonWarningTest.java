package se.telefonpolicy.callback.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static se.telefonpolicy.callback.CallbackTestSupport.awaitTask;
import static se.telefonpolicy.callback.CallbackTestSupport.countOf;
import static se.telefonpolicy.callback.CallbackTestSupport.isType;
import static se.telefonpolicy.callback.CallbackTestSupport.taskEvents;
import static se.telefonpolicy.callback.CallbackTestSupport.taskIdFor;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.callback.CallbackDueSoon;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.contracts.pbx.OutboundCallPlaced;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestClock;

/** CallbackDueSoon through the outbox: once, when under four working hours are left and nobody has called. */
@QuarkusTest
class DueSoonWarningTest {

    @Inject
    TestClock clock;

    @Inject
    DueSoonWarnings warnings;

    @AfterEach
    void wallClock() {
        clock.reset();
    }

    @Test
    void anUncalledTaskIsWarnedOnceOnItsLastAfternoonACalledOneNever() {
        Instant monday = Instant.parse("2026-11-30T09:00:00Z"); // due Wed 2026-12-02 17:00 Stockholm
        KafkaTestClient.sendEvent(new VoicemailLeft("soon-vm", "emp-soon", null, "+46705550701", monday, 10));
        KafkaTestClient.sendEvent(new VoicemailLeft("soon-called", "emp-soon", null, "+46705550702", monday, 10));
        KafkaTestClient.sendEvent(new OutboundCallPlaced("soon-out", "emp-soon", "+46705550702",
                Instant.parse("2026-12-01T08:00:00Z"), false, 0));
        String taskId = taskIdFor("soon-vm");
        String calledId = taskIdFor("soon-called");
        awaitTask(taskId, t -> true);
        awaitTask(calledId, t -> t.get("firstAttemptAt") != null);

        clock.set(Instant.parse("2026-12-02T11:00:00Z")); // 12:00: five working hours left
        warnings.warnDueSoon();
        clock.set(Instant.parse("2026-12-02T13:30:00Z")); // 14:30: two and a half
        warnings.warnDueSoon();
        warnings.warnDueSoon();

        var events = taskEvents(taskId, rs -> countOf(rs, EventType.CALLBACK_DUE_SOON) >= 1);
        assertThat(countOf(events, EventType.CALLBACK_DUE_SOON)).isEqualTo(1);
        CallbackDueSoon warning = EventJson.fromJson(EventType.CALLBACK_DUE_SOON,
                events.stream().filter(r -> isType(r, EventType.CALLBACK_DUE_SOON)).findFirst().orElseThrow().value());
        assertThat(warning.warnedAt()).isEqualTo(Instant.parse("2026-12-02T13:30:00Z"));
        assertThat(warning.dueAt()).isEqualTo(Instant.parse("2026-12-02T16:00:00Z"));
        assertThat(warning.assigneeEmployeeId()).isEqualTo("emp-soon");
        assertThat(warning.ruleId()).isEqualTo(RuleId.CALLBACK_2WD);
        // a warning for the called task would have been published with the one above: read up to that one
        var all = KafkaTestClient.readUntil(Topic.CALLBACK_TASKS.topicName(), rs -> rs.stream()
                .anyMatch(r -> taskId.equals(r.key()) && isType(r, EventType.CALLBACK_DUE_SOON)), Duration.ofSeconds(20));
        assertThat(all).noneMatch(r -> calledId.equals(r.key()) && isType(r, EventType.CALLBACK_DUE_SOON));
    }
}
