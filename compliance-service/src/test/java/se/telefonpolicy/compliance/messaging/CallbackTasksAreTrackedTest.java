package se.telefonpolicy.compliance.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.contracts.callback.CallbackCompleted;
import se.telefonpolicy.contracts.callback.CallbackCreated;
import se.telefonpolicy.contracts.callback.CallbackDeadlineDecided;
import se.telefonpolicy.contracts.callback.CallbackOrigin;
import se.telefonpolicy.contracts.callback.CallbackOutcome;
import se.telefonpolicy.contracts.callback.DeadlineVerdict;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestTokens;
import se.telefonpolicy.testsupport.TestClock;

/**
 * Through the real broker and database: callback-service's task events become compliance's open callbacks, and its
 * OVERDUE decision (not compliance's clock) makes one overdue.
 */
@QuarkusTest
class CallbackTasksAreTrackedTest {

    private static final String MANAGER = TestTokens.manager("emp-chef", "unit-bygglov");

    @Inject
    TestClock clock;

    @Test
    void onlyTheUnitsManagerOrAnAdminSeesItsCallbacks() {
        given().auth().oauth2(TestTokens.manager("emp-annan-chef", "unit-skola"))
                .get("/api/v1/units/unit-bygglov/open-callbacks").then().statusCode(403);
        given().auth().oauth2(TestTokens.employee("emp-karin"))
                .get("/api/v1/units/unit-bygglov/open-callbacks").then().statusCode(403);
        given().get("/api/v1/units/unit-bygglov/open-callbacks").then().statusCode(401);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/units/unit-bygglov/open-callbacks").then().statusCode(200);
    }

    @Test
    void aCreatedTaskIsOpenThenOverdueWhenDecidedSoThenGoneWhenCompleted() {
        Instant due = Instant.parse("2026-12-02T16:00:00Z");
        KafkaTestClient.sendEvent(new CallbackCreated("task-1", CallbackOrigin.VOICEMAIL, RuleId.CALLBACK_2WD,
                "unit-bygglov", "emp-karin", "call-1", null, Instant.parse("2026-11-30T09:00:01Z"), due));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(MANAGER).get("/api/v1/units/unit-bygglov/open-callbacks")
                .then().statusCode(200).body("open", equalTo(1)).body("overdue", equalTo(0))
                .body("tasks[0].taskId", equalTo("task-1")));

        // the clock past the due time says nothing: a call back made in time may not have been read yet
        clock.set(due.plus(Duration.ofDays(1)));
        given().auth().oauth2(MANAGER).get("/api/v1/units/unit-bygglov/open-callbacks").then().body("overdue", equalTo(0));

        // callback-service, its watermark past the due time, decides it overdue
        KafkaTestClient.sendEvent(new CallbackDeadlineDecided("task-1", RuleId.CALLBACK_2WD, DeadlineVerdict.OVERDUE,
                "emp-karin", "unit-bygglov", null, due, null));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(MANAGER)
                .get("/api/v1/units/unit-bygglov/open-callbacks").then().statusCode(200).body("overdue", equalTo(1))
                .body("tasks[0].overdue", equalTo(true)));

        KafkaTestClient.sendEvent(new CallbackCompleted("task-1", "emp-karin", CallbackOutcome.REACHED,
                Instant.parse("2026-12-02T16:30:00Z")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(MANAGER).get("/api/v1/units/unit-bygglov/open-callbacks")
                .then().statusCode(200).body("open", equalTo(0)));
        clock.reset();
    }
}
