package se.telefonpolicy.callback.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.telefonpolicy.callback.CallbackTestSupport.awaitTask;
import static se.telefonpolicy.callback.CallbackTestSupport.countOf;
import static se.telefonpolicy.callback.CallbackTestSupport.employee;
import static se.telefonpolicy.callback.CallbackTestSupport.isType;
import static se.telefonpolicy.callback.CallbackTestSupport.sendAndAwaitApplied;
import static se.telefonpolicy.callback.CallbackTestSupport.taskEvents;
import static se.telefonpolicy.callback.CallbackTestSupport.unit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.callback.CallbackCreated;
import se.telefonpolicy.contracts.callback.CallbackOrigin;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.contracts.pbx.CallMissed;
import se.telefonpolicy.contracts.pbx.MissedCallReason;
import se.telefonpolicy.contracts.pbx.OutboundCallPlaced;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * Missed calls through the real broker: to a unit whose directory settings say so, a CALLBACK_2WD
 * task for the unit, joined by the same caller's further calls; to other units or to a person, or from
 * a withheld number, none. A unit member's call back fulfils it.
 */
@QuarkusTest
class MissedCallToAServiceDeskOpensTaskTest {

    // Mon 2026-11-30 10:00 Stockholm → due Wed 2026-12-02 17:00 (16:00Z)
    private static final Instant MISSED = Instant.parse("2026-11-30T09:00:00Z");
    private static boolean directorySent;

    @Inject
    DataSource db;

    @Inject
    MeterRegistry metrics;

    @BeforeEach
    void directory() {
        if (!directorySent) {
            sendAndAwaitApplied(db, unit("unit-desk", null, "mgr-desk", true), unit("unit-no-tasks", null, null, false),
                    employee("emp-desk-1", "unit-desk"));
            directorySent = true;
        }
    }

    static String taskIdForMissed(String callId) {
        return UUID.nameUUIDFromBytes(("missed-call/" + callId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static CallMissed missed(String callId, String unitId, String employeeId, String caller, Instant at) {
        return new CallMissed(callId, employeeId, unitId, caller, MissedCallReason.ABANDONED, at, 45);
    }

    @Test
    void aMissedCallToTheDeskOpensAUnitTaskThatTheSameCallersNextCallsJoin() {
        sendAndAwaitApplied(db, missed("desk-missed-1", "unit-desk", null, "+46705550801", MISSED));
        String taskId = taskIdForMissed("desk-missed-1");
        JsonPath task = awaitTask(taskId, t -> true);
        assertThat(task.getString("origin")).isEqualTo("MISSED_CALL");
        assertThat(task.getString("unitId")).isEqualTo("unit-desk");
        assertThat(task.getString("employeeId")).isNull();
        assertThat(task.getString("dueAt")).isEqualTo("2026-12-02T16:00:00Z");

        // the same caller again, then a voicemail left on that same second call: one more message, not two
        sendAndAwaitApplied(db, missed("desk-missed-2", "unit-desk", null, "+46705550801", MISSED.plusSeconds(1200)),
                new VoicemailLeft("desk-missed-2", null, "unit-desk", "+46705550801", MISSED.plusSeconds(1200), 20));
        task = awaitTask(taskId, t -> t.getInt("messageCount") == 2);
        assertThat(task.getString("lastMessageAt")).isEqualTo("2026-11-30T09:20:00Z");
        assertThat(task.getString("dueAt")).isEqualTo("2026-12-02T16:00:00Z");
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/callbacks/" + taskIdForMissed("desk-missed-2"))
                .then().statusCode(404);

        CallbackCreated created = EventJson.fromJson(EventType.CALLBACK_CREATED,
                taskEvents(taskId, rs -> countOf(rs, EventType.CALLBACK_CREATED) >= 1).stream()
                        .filter(r -> isType(r, EventType.CALLBACK_CREATED)).findFirst().orElseThrow().value());
        assertThat(created.origin()).isEqualTo(CallbackOrigin.MISSED_CALL);
        assertThat(created.ruleId()).isEqualTo(RuleId.CALLBACK_2WD);
        assertThat(created.unitId()).isEqualTo("unit-desk");
        assertThat(created.assigneeEmployeeId()).isNull();
        assertThat(created.callId()).isEqualTo("desk-missed-1");

        // the desk's manager follows it up
        given().auth().oauth2(TestTokens.manager("mgr-desk", "unit-desk")).get("/api/v1/units/unit-desk/callbacks")
                .then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem(taskId));

        // anyone of the desk calls back and reaches the caller: made and completed
        KafkaTestClient.sendEvent(new OutboundCallPlaced("desk-out-1", "emp-desk-1", "+46705550801",
                Instant.parse("2026-12-01T08:00:00Z"), true, 60));
        task = awaitTask(taskId, t -> "COMPLETED".equals(t.getString("status")));
        assertThat(task.getString("outcome")).isEqualTo("REACHED");
        assertThat(task.getBoolean("onTime")).isTrue();
        assertThat(countOf(taskEvents(taskId, rs -> countOf(rs, EventType.CALLBACK_COMPLETED) >= 1),
                EventType.CALLBACK_MADE)).isEqualTo(1);
    }

    @Test
    void noTaskForAUnitWithoutTheSettingForAPersonOrForAWithheldNumber() {
        double withheldBefore = withheldCount();
        sendAndAwaitApplied(db,
                missed("desk-missed-plain", "unit-no-tasks", null, "+46705550802", MISSED),
                missed("desk-missed-unknown-unit", "unit-nobody-knows", null, "+46705550803", MISSED),
                missed("desk-missed-person", null, "emp-desk-1", "+46705550804", MISSED),
                missed("desk-missed-withheld", "unit-desk", null, null, MISSED));
        for (String call : new String[] { "desk-missed-plain", "desk-missed-unknown-unit", "desk-missed-person",
                "desk-missed-withheld" }) {
            given().auth().oauth2(TestTokens.admin()).get("/api/v1/callbacks/" + taskIdForMissed(call))
                    .then().statusCode(404);
        }
        assertThat(withheldCount()).isEqualTo(withheldBefore + 1);
    }

    private double withheldCount() {
        var counter = metrics.find("telefonpolicy.callback.missed_call.refused").tag("reason", "withheld_number").counter();
        return counter == null ? 0 : counter.count();
    }
}
