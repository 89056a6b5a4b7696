package se.telefonpolicy.callback.persistence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.telefonpolicy.callback.CallbackTestSupport.awaitTask;
import static se.telefonpolicy.callback.CallbackTestSupport.taskIdFor;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestClock;
import se.telefonpolicy.testsupport.TestTokens;

/** Acceptance 6 (erasure): 90 days after a task closes its caller number is gone, its statistics are not. */
@QuarkusTest
class CallerNumberErasureTest {

    @Inject
    TestClock clock;

    @Inject
    CallerNumberErasure erasure;

    @AfterEach
    void wallClock() {
        clock.reset();
    }

    @Test
    void aTaskClosed91DaysAgoHasNoCallerNumberLeftOneClosed89DaysAgoKeepsIt() {
        Instant closed = Instant.parse("2027-01-11T10:00:00Z");
        KafkaTestClient.sendEvent(new VoicemailLeft("erase-old", "emp-erase", null, "+46705550601",
                Instant.parse("2027-01-07T09:00:00Z"), 10));
        KafkaTestClient.sendEvent(new VoicemailLeft("erase-recent", "emp-erase", null, "+46705550602",
                Instant.parse("2027-01-07T09:30:00Z"), 10));
        KafkaTestClient.sendEvent(new VoicemailLeft("erase-open", "emp-erase", null, "+46705550603",
                Instant.parse("2027-01-07T09:45:00Z"), 10));
        awaitTask(taskIdFor("erase-open"), t -> true);
        awaitTask(taskIdFor("erase-recent"), t -> true);
        clock.set(closed);
        complete("erase-old", "REACHED");
        clock.set(closed.plus(Duration.ofDays(2)));
        complete("erase-recent", "WRONG_NUMBER");

        clock.set(closed.plus(Duration.ofDays(91)));
        assertThat(erasure.eraseExpired()).isGreaterThanOrEqualTo(1);

        var erased = awaitTask(taskIdFor("erase-old"), t -> true);
        assertThat(erased.getString("callerNumber")).isNull();
        assertThat(erased.getString("outcome")).isEqualTo("REACHED");
        assertThat(erased.getString("dueAt")).isEqualTo("2027-01-11T16:00:00Z");
        assertThat(erased.getInt("messageCount")).isEqualTo(1);
        assertThat(awaitTask(taskIdFor("erase-recent"), t -> true).getString("callerNumber")).isEqualTo("+46705550602");
        // an open task keeps its number however old: someone still has to call
        assertThat(awaitTask(taskIdFor("erase-open"), t -> true).getString("callerNumber")).isEqualTo("+46705550603");
        // two days later its turn comes too
        clock.set(closed.plus(Duration.ofDays(93)));
        assertThat(erasure.eraseExpired()).isGreaterThanOrEqualTo(1);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/callbacks/" + taskIdFor("erase-recent"))
                .then().statusCode(200).body("callerNumber", equalTo(null)).body("outcome", equalTo("WRONG_NUMBER"));
    }

    private static void complete(String callId, String outcome) {
        given().auth().oauth2(TestTokens.employee("emp-erase")).contentType(ContentType.JSON)
                .body("{\"outcome\":\"" + outcome + "\"}").post("/api/v1/callbacks/" + taskIdFor(callId) + "/complete")
                .then().statusCode(200);
    }
}
