package se.telefonpolicy.callback.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.telefonpolicy.callback.CallbackTestSupport.awaitTask;
import static se.telefonpolicy.callback.CallbackTestSupport.countOf;
import static se.telefonpolicy.callback.CallbackTestSupport.isType;
import static se.telefonpolicy.callback.CallbackTestSupport.taskEvents;
import static se.telefonpolicy.callback.CallbackTestSupport.taskIdFor;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.callback.CallbackMade;
import se.telefonpolicy.contracts.callback.CallbackMethod;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestClock;
import se.telefonpolicy.testsupport.TestTokens;

/** An officer registers a callback made outside the PBX and closes the task by hand. */
@QuarkusTest
class ManualCallbackRegistrationTest {

    @Inject
    TestClock clock;

    @AfterEach
    void wallClock() {
        clock.reset();
    }

    @Test
    void theAssigneeRegistersAnAttemptThenCompletesOnceAndOnlyOnce() {
        KafkaTestClient.sendEvent(new VoicemailLeft("manual-vm-1", "emp-manual", null, "+46705550301",
                Instant.parse("2026-11-30T09:00:00Z"), 20));
        String taskId = taskIdFor("manual-vm-1");
        awaitTask(taskId, t -> true);
        clock.set(Instant.parse("2026-12-03T10:00:00Z")); // Thursday: past the Wednesday deadline

        String path = "/api/v1/callbacks/" + taskId;
        given().auth().oauth2(TestTokens.employee("emp-manual")).contentType(ContentType.JSON)
                .body("{\"madeAt\":\"2026-12-02T15:00:00Z\"}")
                .post(path + "/attempts").then().statusCode(201)
                .body("status", equalTo("OPEN")).body("onTime", equalTo(true))
                .body("firstAttemptAt", equalTo("2026-12-02T15:00:00Z"));

        given().auth().oauth2(TestTokens.employee("emp-manual")).contentType(ContentType.JSON)
                .body("{\"outcome\":\"LEFT_MESSAGE\"}")
                .post(path + "/complete").then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("outcome", equalTo("LEFT_MESSAGE"))
                .body("completedAt", equalTo("2026-12-03T10:00:00Z"));

        given().auth().oauth2(TestTokens.employee("emp-manual")).contentType(ContentType.JSON)
                .body("{\"outcome\":\"REACHED\"}")
                .post(path + "/complete").then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.employee("emp-manual")).contentType(ContentType.JSON).body("{}")
                .post(path + "/attempts").then().statusCode(409).contentType("application/problem+json");

        var events = taskEvents(taskId, rs -> countOf(rs, EventType.CALLBACK_COMPLETED) >= 1);
        assertThat(countOf(events, EventType.CALLBACK_MADE)).isEqualTo(1);
        assertThat(countOf(events, EventType.CALLBACK_COMPLETED)).isEqualTo(1);
        CallbackMade made = EventJson.fromJson(EventType.CALLBACK_MADE,
                events.stream().filter(r -> isType(r, EventType.CALLBACK_MADE)).findFirst().orElseThrow().value());
        assertThat(made.method()).isEqualTo(CallbackMethod.MANUAL_REGISTRATION);
        assertThat(made.callId()).isNull();
        assertThat(made.madeAt()).isEqualTo(Instant.parse("2026-12-02T15:00:00Z"));
    }

    @Test
    void aBadOutcomeOrAttemptTimeIs400NamingTheField() {
        KafkaTestClient.sendEvent(new VoicemailLeft("manual-vm-2", "emp-manual-2", null, "+46705550302",
                Instant.parse("2026-11-30T09:00:00Z"), 20));
        String path = "/api/v1/callbacks/" + taskIdFor("manual-vm-2");
        awaitTask(taskIdFor("manual-vm-2"), t -> true);
        clock.set(Instant.parse("2026-12-01T10:00:00Z"));
        String token = TestTokens.employee("emp-manual-2");

        for (String body : new String[] { "{\"outcome\":\"HUNG_UP\"}", "{}", "{\"outcome\":\"\"}" }) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path + "/complete")
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("outcome"));
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"madeAt\":\"2026-12-05T10:00:00Z\"}")
                .post(path + "/attempts").then().statusCode(400).body("errors[0].field", equalTo("madeAt"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"madeAt\":\"2026-11-29T10:00:00Z\"}")
                .post(path + "/attempts").then().statusCode(400).body("errors[0].field", equalTo("madeAt"));
        // nothing was changed by the refused requests
        given().auth().oauth2(token).get(path).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("firstAttemptAt", equalTo(null));
    }

    @Test
    void onlyTheAssigneeTheUnitsManagerAndAdminsMayActOnATask() {
        KafkaTestClient.sendEvent(new VoicemailLeft("manual-vm-unit", null, "unit-manual", "+46705550303",
                Instant.parse("2026-11-30T09:00:00Z"), 20));
        String taskId = taskIdFor("manual-vm-unit");
        awaitTask(taskId, t -> true);
        String path = "/api/v1/callbacks/" + taskId;
        clock.set(Instant.parse("2026-12-01T10:00:00Z"));

        given().contentType(ContentType.JSON).body("{}").post(path + "/attempts")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.employee("emp-someone")).contentType(ContentType.JSON).body("{}")
                .post(path + "/attempts").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.manager("mgr-elsewhere", "unit-other")).contentType(ContentType.JSON)
                .body("{\"outcome\":\"REACHED\"}").post(path + "/complete").then().statusCode(403);
        given().auth().oauth2(TestTokens.switchboard("emp-vaxel")).contentType(ContentType.JSON).body("{}")
                .post(path + "/attempts").then().statusCode(403);

        given().auth().oauth2(TestTokens.manager("mgr-manual", "unit-manual")).contentType(ContentType.JSON).body("{}")
                .post(path + "/attempts").then().statusCode(201).body("onTime", equalTo(true));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{\"outcome\":\"NOT_NEEDED\"}")
                .post(path + "/complete").then().statusCode(200).body("outcome", equalTo("NOT_NEEDED"));
    }
}
