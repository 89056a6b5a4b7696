package se.telefonpolicy.pbxconnector;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.callback.CallbackCompleted;
import se.telefonpolicy.contracts.callback.CallbackCreated;
import se.telefonpolicy.contracts.callback.CallbackOutcome;
import se.telefonpolicy.contracts.directory.EmployeeSnapshot;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.PackagedService;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * Acceptance 3, end to end with the real services: pbx-connector's and callback-service's packaged jars,
 * each a process of its own with its own database, on this JVM's real broker, with the real clock. An
 * Asterisk voicemail CDR becomes an open callback task due by CALLBACK_2WD; the officer's answered outbound
 * CDR to that number closes it. callback-service needs no directory data for this (the task is assigned to
 * the mailbox owner the VoicemailLeft names); pbx-connector needs the owner's extension from the directory topic.
 */
class EndToEndIT {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final ZoneId PBX_ZONE = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter CDR_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Path CALLBACK_SERVICE = Path.of("../callback-service");

    @Test
    void aVoicemailCdrOpensACallbackTaskAndTheOutboundCdrClosesIt() {
        String pbxDb = PackagedService.createDatabase("pbx");
        String callbackDb = PackagedService.createDatabase("callback");
        try (PackagedService connector = PackagedService.launch(Path.of("."), pbxDb, Map.of());
             PackagedService callbacks = PackagedService.launch(CALLBACK_SERVICE, callbackDb, Map.of())) {
            connector.awaitReady();
            callbacks.awaitReady();
            String runId = Long.toString(System.nanoTime(), 36);
            String employee = "e2e-anna-" + runId;
            KafkaTestClient.sendEvent(new EmployeeSnapshot(employee, null, "Anna", "Berg", "Bygglovshandläggare", "e2e-bygglov",
                    "3101", List.of(), null, null, true, null, List.of(), null, true, Instant.now().minus(Duration.ofDays(1))));
            await().atMost(WAIT).until(() -> given().auth().oauth2(TestTokens.admin())
                    .get(connector.url() + "/api/v1/pbx/extensions/3101").then().extract().path("employeeId"), employee::equals);

            // the caller reached the mailbox four minutes ago and left a 38-second message
            Instant ended = Instant.now().minus(Duration.ofMinutes(3)).truncatedTo(ChronoUnit.SECONDS);
            Instant started = ended.minusSeconds(63);
            String voicemailCall = "e2e-" + runId + ".1";
            KafkaTestClient.send(Topic.ASTERISK_CDR.topicName(), null, Cdrs.cdr(voicemailCall)
                    .inbound("0705550401", "3101").voicemail("3101@default,u")
                    .times(local(started), local(started.plusSeconds(25)), local(ended), 63, 38, "ANSWERED").json(), Map.of());

            CallbackCreated created = EventJson.fromJson(EventType.CALLBACK_CREATED, awaitTaskEvent(
                    r -> isType(r, EventType.CALLBACK_CREATED) && r.value().contains("\"" + voicemailCall + "\"")).value());
            Instant expectedDue = WorkingCalendar.sweden().callbackDue(ended, 2);
            assertThat(created.assigneeEmployeeId()).isEqualTo(employee);
            assertThat(created.callId()).isEqualTo(voicemailCall);
            assertThat(created.dueAt()).isEqualTo(expectedDue);
            JsonPath open = task(callbacks, created.taskId());
            assertThat(open.getString("status")).isEqualTo("OPEN");
            assertThat(open.getString("dueAt")).isEqualTo(expectedDue.toString());
            assertThat(open.getString("callerNumber")).isEqualTo("+46705550401");

            // a minute ago the officer called back from her extension and reached the caller
            Instant calledBack = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
            KafkaTestClient.send(Topic.ASTERISK_CDR.topicName(), null, Cdrs.cdr("e2e-" + runId + ".2")
                    .outbound("3101", "0705550401")
                    .times(local(calledBack), local(calledBack.plusSeconds(7)), local(calledBack.plusSeconds(52)), 52, 45, "ANSWERED")
                    .json(), Map.of());

            CallbackCompleted completed = EventJson.fromJson(EventType.CALLBACK_COMPLETED, awaitTaskEvent(
                    r -> isType(r, EventType.CALLBACK_COMPLETED) && created.taskId().equals(r.key())).value());
            assertThat(completed.outcome()).isEqualTo(CallbackOutcome.REACHED);
            assertThat(completed.completedAt()).isEqualTo(calledBack);
            assertThat(completed.employeeId()).isEqualTo(employee);
            await().atMost(WAIT).until(() -> "COMPLETED".equals(task(callbacks, created.taskId()).getString("status")));
            JsonPath closed = task(callbacks, created.taskId());
            assertThat(closed.getBoolean("onTime")).isTrue();
            assertThat(closed.getString("outcome")).isEqualTo("REACHED");
        } finally {
            PackagedService.dropDatabase(pbxDb);
            PackagedService.dropDatabase(callbackDb);
        }
    }

    private static ConsumerRecord<String, String> awaitTaskEvent(java.util.function.Predicate<ConsumerRecord<String, String>> match) {
        Optional<ConsumerRecord<String, String>> found = KafkaTestClient.find(Topic.CALLBACK_TASKS.topicName(), match, WAIT);
        assertThat(found).as("the callback event on %s", Topic.CALLBACK_TASKS.topicName()).isPresent();
        return found.get();
    }

    private static boolean isType(ConsumerRecord<String, String> record, EventType type) {
        return type.ceType().equals(KafkaTestClient.header(record, EventEnvelope.HEADER_TYPE)) && record.value() != null;
    }

    private static JsonPath task(PackagedService callbacks, String taskId) {
        return given().auth().oauth2(TestTokens.admin()).get(callbacks.url() + "/api/v1/callbacks/" + taskId)
                .then().statusCode(200).extract().jsonPath();
    }

    /** cdr_kafka's local time of the PBX. */
    private static String local(Instant instant) {
        return CDR_TIME.format(instant.atZone(PBX_ZONE));
    }
}
