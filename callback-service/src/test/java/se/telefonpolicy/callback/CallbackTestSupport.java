package se.telefonpolicy.callback;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.restassured.path.json.JsonPath;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.directory.EmployeeSnapshot;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
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

    /** A unit as the directory publishes it (not a service function: the tree and the missed-call setting matter here). */
    public static UnitSnapshot unit(String unitId, String parentUnitId, String managerEmployeeId,
            boolean missedCallsCreateTasks) {
        return new UnitSnapshot(unitId, "Enhet " + unitId, parentUnitId, managerEmployeeId, null, null, false, null,
                missedCallsCreateTasks, Instant.parse("2026-11-01T08:00:00Z"));
    }

    /** An employee as the directory publishes it; only the unit matters here. */
    public static EmployeeSnapshot employee(String employeeId, String unitId) {
        return new EmployeeSnapshot(employeeId, null, "Förnamn", "Efternamn", null, unitId, null, List.of(), null, null,
                true, null, List.of(), null, true, Instant.parse("2026-11-01T08:00:00Z"));
    }

    /** Sends the events and waits until callback-service has applied every one (its inbox holds their ce_ids). */
    public static void sendAndAwaitApplied(DataSource db, DomainEvent... events) {
        List<UUID> ids = new ArrayList<>();
        for (DomainEvent event : events) {
            ids.add(KafkaTestClient.sendEvent(event));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> ids.stream().allMatch(id -> applied(db, id)));
    }

    public static boolean applied(DataSource db, UUID ceId) {
        try (var connection = db.getConnection();
                var query = connection.prepareStatement("SELECT count(*) FROM inbox_message WHERE id = ?")) {
            query.setObject(1, ceId);
            try (var rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean isType(ConsumerRecord<String, String> record, EventType type) {
        return type.ceType().equals(KafkaTestClient.header(record, EventEnvelope.HEADER_TYPE));
    }

    public static long countOf(List<ConsumerRecord<String, String>> records, EventType type) {
        return records.stream().filter(r -> isType(r, type)).count();
    }
}
