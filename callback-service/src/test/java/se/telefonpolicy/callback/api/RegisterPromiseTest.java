package se.telefonpolicy.callback.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static se.telefonpolicy.callback.CallbackTestSupport.awaitTask;
import static se.telefonpolicy.callback.CallbackTestSupport.countOf;
import static se.telefonpolicy.callback.CallbackTestSupport.employee;
import static se.telefonpolicy.callback.CallbackTestSupport.isType;
import static se.telefonpolicy.callback.CallbackTestSupport.sendAndAwaitApplied;
import static se.telefonpolicy.callback.CallbackTestSupport.taskEvents;
import static se.telefonpolicy.callback.CallbackTestSupport.taskIdFor;
import static se.telefonpolicy.callback.CallbackTestSupport.unit;

import java.time.Instant;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.callback.CallbackCreated;
import se.telefonpolicy.contracts.callback.CallbackOrigin;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.contracts.pbx.OutboundCallPlaced;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestClock;
import se.telefonpolicy.testsupport.TestTokens;

/** PROMISE_KEPT: an officer registers a promised callback; kept by the outbound call that matches it. */
@QuarkusTest
class RegisterPromiseTest {

    // Tue 2026-12-01 10:00 Stockholm
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static boolean directorySent;

    @Inject
    TestClock clock;

    @Inject
    DataSource db;

    @BeforeEach
    void directory() {
        clock.set(NOW);
        if (!directorySent) {
            sendAndAwaitApplied(db, unit("unit-promise", null, "mgr-promise", false),
                    unit("unit-promise-sub", "unit-promise", null, false), unit("unit-promise-other", null, null, false),
                    employee("emp-promise-member", "unit-promise-sub"), employee("emp-promise-outsider", "unit-promise-other"));
            directorySent = true;
        }
    }

    @AfterEach
    void wallClock() {
        clock.reset();
    }

    private static ValidatableResponse post(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/callbacks").then();
    }

    @Test
    void anOfficersPromiseIsATaskDueAtTheAgreedTimeKeptByTheMatchingOutboundCall() {
        String taskId = post(TestTokens.employee("emp-promise"),
                "{\"callerNumber\":\"070-555 11 01\",\"dueAt\":\"2026-12-01T14:00:00+01:00\"}")
                .statusCode(201).contentType(ContentType.JSON)
                .header("Location", containsString("/api/v1/callbacks/"))
                .body("origin", equalTo("PROMISE")).body("status", equalTo("OPEN"))
                .body("employeeId", equalTo("emp-promise")).body("callerNumber", equalTo("+46705551101"))
                .body("dueAt", equalTo("2026-12-01T13:00:00Z")).body("receivedAt", equalTo("2026-12-01T09:00:00Z"))
                .extract().path("id");

        var created = taskEvents(taskId, rs -> countOf(rs, EventType.CALLBACK_CREATED) >= 1).stream()
                .filter(r -> isType(r, EventType.CALLBACK_CREATED)).findFirst().orElseThrow();
        assertThat(created.value()).doesNotContain("+46705551101");
        CallbackCreated event = EventJson.fromJson(EventType.CALLBACK_CREATED, created.value());
        assertThat(event.origin()).isEqualTo(CallbackOrigin.PROMISE);
        assertThat(event.ruleId()).isEqualTo(RuleId.PROMISE_KEPT);
        assertThat(event.assigneeEmployeeId()).isEqualTo("emp-promise");
        assertThat(event.callId()).isNull();
        assertThat(event.dueAt()).isEqualTo(Instant.parse("2026-12-01T13:00:00Z"));

        // the officer calls at 12:30 and reaches the caller: kept, on time
        KafkaTestClient.sendEvent(new OutboundCallPlaced("promise-out-1", "emp-promise", "+46705551101",
                Instant.parse("2026-12-01T11:30:00Z"), true, 120));
        var task = awaitTask(taskId, t -> "COMPLETED".equals(t.getString("status")));
        assertThat(task.getString("outcome")).isEqualTo("REACHED");
        assertThat(task.getBoolean("onTime")).isTrue();
        var events = taskEvents(taskId, rs -> countOf(rs, EventType.CALLBACK_COMPLETED) >= 1);
        assertThat(countOf(events, EventType.CALLBACK_MADE)).isEqualTo(1);
    }

    @Test
    void aPromiseMadeWhileHandlingAVoicemailPointsAtItAndTakesAManualAttempt() {
        KafkaTestClient.sendEvent(new VoicemailLeft("promise-vm-1", "emp-promise-2", null, "+46705551102",
                Instant.parse("2026-11-30T09:00:00Z"), 10));
        String voicemailTask = taskIdFor("promise-vm-1");
        awaitTask(voicemailTask, t -> true);
        String token = TestTokens.employee("emp-promise-2");
        String taskId = post(token, "{\"callerNumber\":\"+46705551102\",\"dueAt\":\"2026-12-03T08:00:00Z\",\"relatedTaskId\":\""
                + voicemailTask + "\"}").statusCode(201).body("relatedTaskId", equalTo(voicemailTask)).extract().path("id");
        CallbackCreated event = EventJson.fromJson(EventType.CALLBACK_CREATED,
                taskEvents(taskId, rs -> countOf(rs, EventType.CALLBACK_CREATED) >= 1).get(0).value());
        assertThat(event.relatedTaskId()).isEqualTo(voicemailTask);

        given().auth().oauth2(token).contentType(ContentType.JSON).body("{}").post("/api/v1/callbacks/" + taskId + "/attempts")
                .then().statusCode(201).body("onTime", equalTo(true)).body("firstAttemptAt", equalTo("2026-12-01T09:00:00Z"));
    }

    @Test
    void aVoicemailFromTheSameCallerDoesNotJoinThePromiseItKeepsItsOwnDeadline() {
        String promiseId = post(TestTokens.employee("emp-promise-4"),
                "{\"callerNumber\":\"+46705551105\",\"dueAt\":\"2026-12-08T09:00:00Z\"}").statusCode(201)
                .extract().path("id");
        KafkaTestClient.sendEvent(new VoicemailLeft("promise-vm-2", "emp-promise-4", null, "+46705551105",
                Instant.parse("2026-12-01T09:30:00Z"), 10));
        // left Tue 10:30 → due Thu 2026-12-03 17:00 Stockholm, not the promise's Tuesday after
        assertThat(awaitTask(taskIdFor("promise-vm-2"), t -> true).getString("dueAt")).isEqualTo("2026-12-03T16:00:00Z");
        assertThat(awaitTask(promiseId, t -> true).getInt("messageCount")).isEqualTo(1);
    }

    @Test
    void badInputIs400NamingTheFieldAndCreatesNothing() {
        String token = TestTokens.employee("emp-promise-bad");
        String[][] cases = {
                { "{\"callerNumber\":\"070-555 11 03\",\"dueAt\":\"2026-12-01T08:59:59Z\"}", "dueAt" },
                { "{\"callerNumber\":\"070-555 11 03\",\"dueAt\":\"2026-12-01T09:00:00Z\"}", "dueAt" },
                { "{\"callerNumber\":\"070-555 11 03\"}", "dueAt" },
                { "{\"callerNumber\":\"070-555 11 03\",\"dueAt\":\"i morgon\"}", "dueAt" },
                { "{\"callerNumber\":\"ring mig\",\"dueAt\":\"2026-12-02T09:00:00Z\"}", "callerNumber" },
                { "{\"callerNumber\":\"12\",\"dueAt\":\"2026-12-02T09:00:00Z\"}", "callerNumber" },
                { "{\"dueAt\":\"2026-12-02T09:00:00Z\"}", "callerNumber" },
                { "{\"callerNumber\":\"070-555 11 03\",\"dueAt\":\"2026-12-02T09:00:00Z\",\"relatedTaskId\":\"nope\"}",
                        "relatedTaskId" },
                // someone else's task cannot be named (nor probed)
                { "{\"callerNumber\":\"070-555 11 03\",\"dueAt\":\"2026-12-02T09:00:00Z\",\"relatedTaskId\":\""
                        + taskIdFor("promise-vm-1") + "\"}", "relatedTaskId" } };
        for (String[] c : cases) {
            post(token, c[0]).statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(c[1]));
        }
        given().auth().oauth2(token).get("/api/v1/me/callbacks").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void anOfficerPromisesForThemselfAManagerForTheirUnitsAnAdminForAnyone() {
        String body = "{\"callerNumber\":\"070-555 11 04\",\"dueAt\":\"2026-12-02T09:00:00Z\"";
        post(TestTokens.employee("emp-promise-3"), body + ",\"employeeId\":\"emp-promise-member\"}").statusCode(403)
                .contentType("application/problem+json");
        post(TestTokens.employee("emp-promise-3"), body + ",\"unitId\":\"unit-promise\"}").statusCode(403);

        String manager = TestTokens.manager("mgr-promise", "unit-promise");
        post(manager, body + ",\"employeeId\":\"emp-promise-member\"}").statusCode(201)
                .body("employeeId", equalTo("emp-promise-member")).body("origin", equalTo("PROMISE"));
        post(manager, body + ",\"unitId\":\"unit-promise-sub\"}").statusCode(201)
                .body("unitId", equalTo("unit-promise-sub")).body("employeeId", equalTo(null));
        post(manager, body + ",\"employeeId\":\"emp-promise-outsider\"}").statusCode(403);
        post(manager, body + ",\"unitId\":\"unit-promise-other\"}").statusCode(403);

        post(TestTokens.admin(), body + ",\"employeeId\":\"emp-promise-outsider\"}").statusCode(201)
                .body("employeeId", equalTo("emp-promise-outsider"));
        post(TestTokens.pbx(), body + "}").statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body + "}").post("/api/v1/callbacks").then().statusCode(401)
                .contentType("application/problem+json");
        post(TestTokens.expired("emp-promise-3", Set.of("employee")), body + "}").statusCode(401);

        // the member sees the promise their manager registered for them
        given().auth().oauth2(TestTokens.employee("emp-promise-member")).get("/api/v1/me/callbacks").then()
                .statusCode(200).body("origin", org.hamcrest.Matchers.contains("PROMISE"));
    }
}
