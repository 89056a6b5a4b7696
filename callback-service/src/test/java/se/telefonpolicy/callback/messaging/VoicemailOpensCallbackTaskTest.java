package se.telefonpolicy.callback.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.callback.CallbackCreated;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestTokens;

/** Through the real broker and database: VoicemailLeft in, a stored task with its CALLBACK_2WD deadline, CallbackCreated out. */
@QuarkusTest
class VoicemailOpensCallbackTaskTest {

    @Test
    void aVoicemailLeftMondayMorningIsDueWednesdayAtFive() {
        // Mon 2026-11-30 10:00 Stockholm (UTC+1) → due Wed 2026-12-02 17:00 Stockholm
        var voicemail = new VoicemailLeft("call-4711", "emp-karin", null, "+46701234567",
                Instant.parse("2026-11-30T09:00:00Z"), 25);
        KafkaTestClient.sendEvent(voicemail);

        var record = KafkaTestClient.find(Topic.CALLBACK_TASKS.topicName(),
                r -> r.value() != null && r.value().contains("call-4711"), Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("no CallbackCreated published"));
        CallbackCreated created = EventJson.fromJson(EventType.CALLBACK_CREATED, record.value());
        assertThat(created.dueAt()).isEqualTo(Instant.parse("2026-12-02T16:00:00Z"));
        assertThat(created.assigneeEmployeeId()).isEqualTo("emp-karin");
        assertThat(record.key()).isEqualTo(created.taskId());

        String path = "/api/v1/callbacks/" + created.taskId();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(TestTokens.employee("emp-karin"))
                .get(path).then().statusCode(200)
                .body("dueAt", equalTo("2026-12-02T16:00:00Z"))
                .body("status", equalTo("OPEN"))
                .body("callerNumber", equalTo("+46701234567")));
        // the caller's number is personal data: another officer may not read the task, nor anyone without a token
        given().auth().oauth2(TestTokens.employee("emp-nils")).get(path).then().statusCode(403)
                .contentType("application/problem+json");
        given().get(path).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).get(path).then().statusCode(200);
    }

    @Test
    void anUnknownTaskIsA404Problem() {
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/callbacks/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json");
        // an id that cannot be a task id is a bad request naming the parameter, not a missing task
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/callbacks/not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
