package se.telefonpolicy.callback;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.restassured.path.json.JsonPath;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestTokens;

/** What the flow tests share: a task's id from its first call, its state through the API, its events on the topic. */
public final class CallbackTestSupport {

    private CallbackTestSupport() {
    }

    /** The id callback-service gives the task a voicemail opens. */
    public static String taskIdFor(String voicemailCallId) {
        return UUID.nameUUIDFromBytes(("voicemail/" + voicemailCallId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The task as an admin reads it, once {@code until} holds for it. */
    public static JsonPath awaitTask(String taskId, Predicate<JsonPath> until) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            var response = given().auth().oauth2(TestTokens.admin()).get("/api/v1/callbacks/" + taskId);
            if (response.statusCode() != 200) {
                return false;
            }
            last[0] = response.jsonPath();
            return until.test(last[0]);
        });
        return last[0];
    }

    /** Every record published for the task, read until {@code until} holds for them (or 20 s). */
    public static List<ConsumerRecord<String, String>> taskEvents(String taskId,
            Predicate<List<ConsumerRecord<String, String>>> until) {
        return KafkaTestClient.readUntil(Topic.CALLBACK_TASKS.topicName(),
                rs -> until.test(rs.stream().filter(r -> taskId.equals(r.key())).toList()), Duration.ofSeconds(20))
                .stream().filter(r -> taskId.equals(r.key())).toList();
    }

    public static boolean isType(ConsumerRecord<String, String> record, EventType type) {
        return type.ceType().equals(KafkaTestClient.header(record, EventEnvelope.HEADER_TYPE));
    }

    public static long countOf(List<ConsumerRecord<String, String>> records, EventType type) {
        return records.stream().filter(r -> isType(r, type)).count();
    }
}
