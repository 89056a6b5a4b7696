package se.telefonpolicy.callback.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static se.telefonpolicy.callback.CallbackTestSupport.awaitTask;
import static se.telefonpolicy.callback.CallbackTestSupport.taskIdFor;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestClock;
import se.telefonpolicy.testsupport.TestTokens;

/** Acceptance 7: an officer sees their own tasks, a manager their unit's queue; 401 and 403 otherwise. */
@QuarkusTest
class CallbackViewsTest {

    @Inject
    TestClock clock;

    private static boolean sent;

    @BeforeEach
    void tasks() {
        clock.set(Instant.parse("2026-12-10T12:00:00Z"));
        if (sent) {
            return;
        }
        // emp-view: one overdue (left 1 Dec, due 3 Dec), one not yet due (left 10 Dec, due 14 Dec), one closed
        KafkaTestClient.sendEvent(new VoicemailLeft("view-late", "emp-view", null, "+46705550401",
                Instant.parse("2026-12-01T09:00:00Z"), 10));
        KafkaTestClient.sendEvent(new VoicemailLeft("view-fresh", "emp-view", null, "+46705550402",
                Instant.parse("2026-12-10T09:00:00Z"), 10));
        KafkaTestClient.sendEvent(new VoicemailLeft("view-closed", "emp-view", null, "+46705550403",
                Instant.parse("2026-12-09T09:00:00Z"), 10));
        KafkaTestClient.sendEvent(new VoicemailLeft("view-colleague", "emp-view-colleague", null, "+46705550404",
                Instant.parse("2026-12-02T09:00:00Z"), 10));
        KafkaTestClient.sendEvent(new VoicemailLeft("view-unit", null, "unit-view", "+46705550405",
                Instant.parse("2026-12-08T09:00:00Z"), 10));
        for (String call : new String[] { "view-late", "view-fresh", "view-closed", "view-colleague", "view-unit" }) {
            awaitTask(taskIdFor(call), t -> true);
        }
        given().auth().oauth2(TestTokens.employee("emp-view")).contentType(ContentType.JSON)
                .body("{\"outcome\":\"NOT_NEEDED\"}").post("/api/v1/callbacks/" + taskIdFor("view-closed") + "/complete")
                .then().statusCode(200);
        sent = true;
    }

    @AfterEach
    void wallClock() {
        clock.reset();
    }

    @Test
    void anOfficerSeesOnlyTheirOwnOpenTasksByDueTime() {
        given().auth().oauth2(TestTokens.employee("emp-view")).get("/api/v1/me/callbacks")
                .then().statusCode(200)
                .body("callId", contains("view-late", "view-fresh"))
                .body("overdue", contains(true, false))
                .body("[0].callerNumber", equalTo("+46705550401"));
    }

    @Test
    void filtersByStatusAndOverdue() {
        String token = TestTokens.employee("emp-view");
        given().auth().oauth2(token).queryParam("overdue", "true").get("/api/v1/me/callbacks")
                .then().statusCode(200).body("callId", contains("view-late"));
        given().auth().oauth2(token).queryParam("overdue", "false").get("/api/v1/me/callbacks")
                .then().statusCode(200).body("callId", contains("view-fresh"));
        given().auth().oauth2(token).queryParam("status", "COMPLETED").get("/api/v1/me/callbacks")
                .then().statusCode(200).body("callId", contains("view-closed")).body("[0].outcome", equalTo("NOT_NEEDED"));
        given().auth().oauth2(token).queryParam("status", "LOST").get("/api/v1/me/callbacks")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        given().auth().oauth2(token).queryParam("overdue", "maybe").get("/api/v1/me/callbacks")
                .then().statusCode(400).body("errors[0].field", equalTo("overdue"));
    }

    @Test
    void myCallbacksNeedsASignedInOfficer() {
        given().get("/api/v1/me/callbacks").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.pbx()).get("/api/v1/me/callbacks").then().statusCode(403);
        given().auth().oauth2(TestTokens.employee("emp-nobody")).get("/api/v1/me/callbacks")
                .then().statusCode(200).body("$", empty());
    }

    @Test
    void theUnitsManagerAndAdminsSeeTheUnitsQueueNobodyElse() {
        String path = "/api/v1/units/unit-view/callbacks";
        given().auth().oauth2(TestTokens.manager("mgr-view", "unit-view")).get(path)
                .then().statusCode(200).body("callId", contains("view-unit")).body("[0].overdue", equalTo(false));
        given().auth().oauth2(TestTokens.admin()).get(path).then().statusCode(200).body("callId", contains("view-unit"));
        given().get(path).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.manager("mgr-other", "unit-other")).get(path)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.employee("emp-view")).get(path).then().statusCode(403);
        given().auth().oauth2(TestTokens.switchboard("emp-vaxel")).get(path).then().statusCode(403);
        given().auth().oauth2(TestTokens.manager("mgr-view", "unit-view")).queryParam("status", "x").get(path)
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void theUnitsListExportsAsCsvWithSwedishHeadersLocalTimesAndNoCallerNumbers() {
        String path = "/api/v1/units/unit-view/callbacks/export";
        String csv = given().auth().oauth2(TestTokens.manager("mgr-view", "unit-view")).get(path)
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("aterringningar-unit-view.csv"))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFUppgift;Status;Ursprung;Handläggare;Enhet;Inkom;Ska ringas senast;Antal meddelanden;"
                + "Senaste meddelande;Första försök;I tid;Försenad;Utfall;Avslutad");
        assertThat(lines).hasSize(2);
        // left Tue 8 Dec 10:00, due Thu 10 Dec 17:00 Stockholm
        assertThat(lines[1]).isEqualTo(taskIdFor("view-unit") + ";öppen;röstbrevlåda;;unit-view;2026-12-08 10:00;2026-12-10 17:00;1;"
                + "2026-12-08 10:00;;;nej;;");
        assertThat(csv).doesNotContain("+46705550405");
        given().auth().oauth2(TestTokens.manager("mgr-other", "unit-other")).get(path).then().statusCode(403);
        given().get(path).then().statusCode(401);
    }
}
