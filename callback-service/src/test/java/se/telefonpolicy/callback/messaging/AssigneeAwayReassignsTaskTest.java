package se.telefonpolicy.callback.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.telefonpolicy.callback.CallbackTestSupport.applied;
import static se.telefonpolicy.callback.CallbackTestSupport.awaitTask;
import static se.telefonpolicy.callback.CallbackTestSupport.countOf;
import static se.telefonpolicy.callback.CallbackTestSupport.isType;
import static se.telefonpolicy.callback.CallbackTestSupport.sendAndAwaitApplied;
import static se.telefonpolicy.callback.CallbackTestSupport.taskEvents;
import static se.telefonpolicy.callback.CallbackTestSupport.taskIdFor;
import static se.telefonpolicy.callback.CallbackTestSupport.unit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.availability.DivertTarget;
import se.telefonpolicy.contracts.availability.DivertTargetKind;
import se.telefonpolicy.contracts.availability.PresenceSource;
import se.telefonpolicy.contracts.availability.PresenceStatus;
import se.telefonpolicy.contracts.availability.StatusChanged;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * Acceptance 3 through the real broker and database: away past the due time → moved once, one event;
 * to the colleague the calls are diverted to, else to the manager the directory names.
 */
@QuarkusTest
class AssigneeAwayReassignsTaskTest {

    // left Mon 2026-11-30 10:00 Stockholm → due Wed 2026-12-02 17:00 (16:00Z)
    private static final Instant LEFT = Instant.parse("2026-11-30T09:00:00Z");

    @Inject
    DataSource db;

    @Inject
    MeterRegistry metrics;

    @Test
    void aVacationStartingLaterPastTheDueTimeMovesTheTaskToTheColleagueOnceWithOneEvent() {
        KafkaTestClient.sendEvent(new VoicemailLeft("away-later-1", "emp-away-1", null, "+46705550301", LEFT, 20));
        String taskId = taskIdFor("away-later-1");
        awaitTask(taskId, t -> "OPEN".equals(t.getString("status")));

        // back Mon 2026-12-07, after the due time; delivered twice (another ce_id): the same absence
        StatusChanged vacation = new StatusChanged("emp-away-1", "unit-away", PresenceStatus.VACATION,
                PresenceStatus.AVAILABLE, PresenceSource.SELF_SERVICE, Instant.parse("2026-11-30T12:00:00Z"),
                Instant.parse("2026-12-07T07:00:00Z"), "Semester", new DivertTarget(DivertTargetKind.COLLEAGUE,
                        "emp-away-colleague"));
        UUID first = KafkaTestClient.sendEvent(vacation);
        UUID second = KafkaTestClient.sendEvent(vacation);

        JsonPath task = awaitTask(taskId, t -> "emp-away-colleague".equals(t.getString("employeeId")));
        assertThat(task.getString("dueAt")).isEqualTo("2026-12-02T16:00:00Z");
        assertThat(task.getString("status")).isEqualTo("OPEN");
        // both deliveries processed (inbox) before counting the events
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(first) && processed(second));

        // a marker after them for the same task (outbox order): once it is out, a second move would be too
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{\"outcome\":\"NOT_NEEDED\"}")
                .post("/api/v1/callbacks/" + taskId + "/complete").then().statusCode(200);
        List<ConsumerRecord<String, String>> events = taskEvents(taskId,
                rs -> countOf(rs, EventType.CALLBACK_COMPLETED) >= 1);
        assertThat(countOf(events, EventType.CALLBACK_REASSIGNED)).isEqualTo(1);
        String reassigned = events.stream().filter(r -> isType(r, EventType.CALLBACK_REASSIGNED)).findFirst()
                .orElseThrow().value();
        assertThat(reassigned).contains("\"fromEmployeeId\":\"emp-away-1\"", "\"toEmployeeId\":\"emp-away-colleague\"",
                "\"unitId\":\"unit-away\"",
                "\"reason\":\"ASSIGNEE_AWAY\"", "\"dueAt\":\"2026-12-02T16:00:00Z\"");
        assertThat(reassigned).doesNotContain("+46705550301");
    }

    @Test
    void aVoicemailForSomeoneAlreadyAwayPastTheDueTimeIsMovedRightAfterItIsCreated() throws Exception {
        // sick without a return time: not back by any due time
        UUID sick = KafkaTestClient.sendEvent(new StatusChanged("emp-away-2", "unit-away", PresenceStatus.SICK,
                PresenceStatus.AVAILABLE, PresenceSource.SWITCHBOARD, Instant.parse("2026-11-30T07:00:00Z"), null, null,
                new DivertTarget(DivertTargetKind.COLLEAGUE, "emp-away-stand-in")));
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(sick));

        KafkaTestClient.sendEvent(new VoicemailLeft("away-before-1", "emp-away-2", null, "+46705550302", LEFT, 20));
        String taskId = taskIdFor("away-before-1");
        JsonPath task = awaitTask(taskId, t -> "emp-away-stand-in".equals(t.getString("employeeId")));
        assertThat(task.getString("dueAt")).isEqualTo("2026-12-02T16:00:00Z");

        List<ConsumerRecord<String, String>> events = taskEvents(taskId,
                rs -> countOf(rs, EventType.CALLBACK_REASSIGNED) >= 1);
        assertThat(countOf(events, EventType.CALLBACK_CREATED)).isEqualTo(1);
        assertThat(countOf(events, EventType.CALLBACK_REASSIGNED)).isEqualTo(1);
        assertThat(isType(events.get(0), EventType.CALLBACK_CREATED)).isTrue();
        assertThat(events.get(0).value()).contains("\"assigneeEmployeeId\":\"emp-away-2\"");
        assertThat(events.get(1).value()).contains("\"toEmployeeId\":\"emp-away-stand-in\"");
    }

    @Test
    void aReturnBeforeTheDueTimeLeavesTheTaskWhereItIs() {
        KafkaTestClient.sendEvent(new VoicemailLeft("away-short-1", "emp-away-3", null, "+46705550303", LEFT, 20));
        String taskId = taskIdFor("away-short-1");
        awaitTask(taskId, t -> "OPEN".equals(t.getString("status")));
        // lunch until Mon 12:00: back long before Wednesday
        UUID lunch = KafkaTestClient.sendEvent(new StatusChanged("emp-away-3", "unit-away", PresenceStatus.LUNCH,
                PresenceStatus.AVAILABLE, PresenceSource.PBX, Instant.parse("2026-11-30T10:00:00Z"),
                Instant.parse("2026-11-30T11:00:00Z"), null, new DivertTarget(DivertTargetKind.COLLEAGUE, "emp-away-x")));
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(lunch));

        assertThat(awaitTask(taskId, t -> true).getString("employeeId")).isEqualTo("emp-away-3");
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{\"outcome\":\"NOT_NEEDED\"}")
                .post("/api/v1/callbacks/" + taskId + "/complete").then().statusCode(200);
        assertThat(countOf(taskEvents(taskId, rs -> countOf(rs, EventType.CALLBACK_COMPLETED) >= 1),
                EventType.CALLBACK_REASSIGNED)).isZero();
    }

    @Test
    void awayWithoutAColleagueTheTaskGoesToTheUnitsManagerFromTheDirectoryWithOneEvent() {
        sendAndAwaitApplied(db, unit("unit-away-mgr", null, "mgr-away", false));
        KafkaTestClient.sendEvent(new VoicemailLeft("away-manager-1", "emp-away-4", null, "+46705550304", LEFT, 20));
        String taskId = taskIdFor("away-manager-1");
        awaitTask(taskId, t -> "OPEN".equals(t.getString("status")));
        // on vacation, calls to voicemail: no colleague; the absence names the unit
        KafkaTestClient.sendEvent(new StatusChanged("emp-away-4", "unit-away-mgr", PresenceStatus.VACATION,
                PresenceStatus.AVAILABLE, PresenceSource.SELF_SERVICE, Instant.parse("2026-11-30T12:00:00Z"),
                Instant.parse("2026-12-07T07:00:00Z"), null, new DivertTarget(DivertTargetKind.VOICEMAIL, null)));

        JsonPath task = awaitTask(taskId, t -> "mgr-away".equals(t.getString("employeeId")));
        assertThat(task.getString("dueAt")).isEqualTo("2026-12-02T16:00:00Z");
        given().auth().oauth2(TestTokens.manager("mgr-away", "unit-away-mgr")).contentType("application/json")
                .body("{\"outcome\":\"NOT_NEEDED\"}").post("/api/v1/callbacks/" + taskId + "/complete")
                .then().statusCode(200);
        List<ConsumerRecord<String, String>> events = taskEvents(taskId,
                rs -> countOf(rs, EventType.CALLBACK_COMPLETED) >= 1);
        assertThat(countOf(events, EventType.CALLBACK_REASSIGNED)).isEqualTo(1);
        assertThat(events.stream().filter(r -> isType(r, EventType.CALLBACK_REASSIGNED)).findFirst().orElseThrow().value())
                .contains("\"fromEmployeeId\":\"emp-away-4\"", "\"toEmployeeId\":\"mgr-away\"",
                        "\"unitId\":\"unit-away-mgr\"", "\"reason\":\"ASSIGNEE_AWAY\"");
    }

    @Test
    void awayWithNeitherAColleagueNorAManagerTheTaskStaysAndIsCounted() {
        // a unit without a manager, at the top of the tree
        sendAndAwaitApplied(db, unit("unit-away-headless", null, null, false));
        KafkaTestClient.sendEvent(new VoicemailLeft("away-queue-1", "emp-away-5", null, "+46705550305", LEFT, 20));
        String taskId = taskIdFor("away-queue-1");
        awaitTask(taskId, t -> "OPEN".equals(t.getString("status")));
        double before = leftCount();
        UUID vacation = KafkaTestClient.sendEvent(new StatusChanged("emp-away-5", "unit-away-headless",
                PresenceStatus.VACATION, PresenceStatus.AVAILABLE, PresenceSource.SELF_SERVICE,
                Instant.parse("2026-11-30T12:00:00Z"), Instant.parse("2026-12-07T07:00:00Z"), null,
                new DivertTarget(DivertTargetKind.VOICEMAIL, null)));
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(vacation));

        assertThat(leftCount()).isEqualTo(before + 1);
        JsonPath task = awaitTask(taskId, t -> true);
        assertThat(task.getString("employeeId")).isEqualTo("emp-away-5");
        assertThat(task.getString("dueAt")).isEqualTo("2026-12-02T16:00:00Z");
    }

    private double leftCount() {
        var counter = metrics.find("telefonpolicy.callback.reassignment.left").tag("reason", "no_one_to_take_it")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private boolean processed(UUID ceId) {
        return applied(db, ceId);
    }
}
