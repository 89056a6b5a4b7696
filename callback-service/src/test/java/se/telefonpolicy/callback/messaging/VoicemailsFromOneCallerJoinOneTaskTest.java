package se.telefonpolicy.callback.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.telefonpolicy.callback.CallbackTestSupport.awaitTask;
import static se.telefonpolicy.callback.CallbackTestSupport.countOf;
import static se.telefonpolicy.callback.CallbackTestSupport.taskIdFor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestTokens;

/** Acceptance 2 and the withheld-number part of 5, through the real broker and database. */
@QuarkusTest
class VoicemailsFromOneCallerJoinOneTaskTest {

    @Inject
    MeterRegistry metrics;

    @Test
    void threeVoicemailsWithinAnHourAreOneTaskWithCountThreeAndTheFirstDeadline() {
        String caller = "+46705550101";
        Instant first = Instant.parse("2026-11-30T09:00:00Z"); // Mon 10:00 Stockholm
        KafkaTestClient.sendEvent(new VoicemailLeft("dedup-1", "emp-dedup", null, caller, first, 20));
        KafkaTestClient.sendEvent(new VoicemailLeft("dedup-2", "emp-dedup", null, caller, first.plusSeconds(1200), 15));
        KafkaTestClient.sendEvent(new VoicemailLeft("dedup-3", "emp-dedup", null, caller, first.plusSeconds(3000), 30));
        // the same caller to another officer is that officer's own task
        KafkaTestClient.sendEvent(new VoicemailLeft("dedup-other", "emp-dedup-2", null, caller, first.plusSeconds(60), 5));

        String taskId = taskIdFor("dedup-1");
        var task = awaitTask(taskId, t -> t.getInt("messageCount") == 3);
        assertThat(task.getString("dueAt")).isEqualTo("2026-12-02T16:00:00Z");
        assertThat(task.getString("receivedAt")).isEqualTo("2026-11-30T09:00:00Z");
        assertThat(task.getString("lastMessageAt")).isEqualTo("2026-11-30T09:50:00Z");
        assertThat(task.getString("callId")).isEqualTo("dedup-1");
        assertThat(awaitTask(taskIdFor("dedup-other"), t -> true).getInt("messageCount")).isEqualTo(1);

        // the joined voicemails opened no task of their own and published nothing
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/callbacks/" + taskIdFor("dedup-2")).then().statusCode(404);
        given().auth().oauth2(TestTokens.employee("emp-dedup")).queryParam("status", "OPEN").get("/api/v1/me/callbacks")
                .then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(1));
        // a marker after them in the same partition (same key): once its event is out, theirs would be too
        KafkaTestClient.sendEvent(new VoicemailLeft("dedup-marker", "emp-dedup", null, "+46705550199",
                first.plusSeconds(3600), 5));
        List<String> calls = List.of("dedup-1", "dedup-2", "dedup-3", "dedup-marker");
        var created = KafkaTestClient.readUntil(Topic.CALLBACK_TASKS.topicName(),
                rs -> rs.stream().anyMatch(r -> r.value() != null && r.value().contains("dedup-marker")),
                Duration.ofSeconds(20)).stream()
                .filter(r -> r.value() != null && calls.stream().anyMatch(c -> r.value().contains("\"" + c + "\"")))
                .toList();
        assertThat(countOf(created, EventType.CALLBACK_CREATED)).isEqualTo(2);
        assertThat(created).noneMatch(r -> r.value().contains("dedup-2") || r.value().contains("dedup-3"));
    }

    @Test
    void aVoicemailWithAWithheldNumberOpensNoTaskAndTheNextOneIsProcessed() {
        double before = refusedCount();
        KafkaTestClient.sendEvent(new VoicemailLeft("withheld-1", "emp-withheld", null, null,
                Instant.parse("2026-11-30T10:00:00Z"), 12));
        KafkaTestClient.sendEvent(new VoicemailLeft("withheld-next", "emp-withheld", null, "+46705550102",
                Instant.parse("2026-11-30T10:05:00Z"), 12));

        awaitTask(taskIdFor("withheld-next"), t -> "OPEN".equals(t.getString("status")));
        await().atMost(Duration.ofSeconds(10)).until(() -> refusedCount() >= before + 1);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/callbacks/" + taskIdFor("withheld-1")).then().statusCode(404);
    }

    private double refusedCount() {
        var counter = metrics.find("telefonpolicy.callback.voicemail.refused").tag("reason", "withheld_number").counter();
        return counter == null ? 0 : counter.count();
    }
}
