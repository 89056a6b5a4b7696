package se.telefonpolicy.callback.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static se.telefonpolicy.callback.CallbackTestSupport.awaitTask;
import static se.telefonpolicy.callback.CallbackTestSupport.employee;
import static se.telefonpolicy.callback.CallbackTestSupport.sendAndAwaitApplied;
import static se.telefonpolicy.callback.CallbackTestSupport.taskIdFor;
import static se.telefonpolicy.callback.CallbackTestSupport.unit;

import java.time.Instant;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.contracts.directory.UnitDeleted;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * Acceptance 7 with the directory's unit tree, through the real broker and database: an employee sees
 * only their own tasks, a manager everything in their unit and below (a sub-unit's mailbox, a member's
 * personal task) and nothing of a sibling unit, the switchboard no one's, an admin everyone's;
 * 401 without a valid token, 403 for a wrong role.
 */
@QuarkusTest
class ManagerSeesUnitSubtreeTest {

    //  sub-kommun (mgr-sk)
    //  ├── sub-bygg (mgr-sb)          mailbox task sub-vm-bygg
    //  │   └── sub-bygglov (none)     mailbox task sub-vm-bygglov; emp-sub-1's personal task sub-vm-member
    //  └── sub-social (mgr-ss)        mailbox task sub-vm-social; emp-sub-2's personal task sub-vm-social-member
    private static final String[] CALLS = { "sub-vm-bygg", "sub-vm-bygglov", "sub-vm-member", "sub-vm-social",
            "sub-vm-social-member" };
    private static boolean sent;

    @Inject
    DataSource db;

    @BeforeEach
    void directoryAndTasks() {
        if (sent) {
            return;
        }
        sendAndAwaitApplied(db, unit("sub-kommun", null, "mgr-sk", false), unit("sub-bygg", "sub-kommun", "mgr-sb", false),
                unit("sub-bygglov", "sub-bygg", null, false), unit("sub-social", "sub-kommun", "mgr-ss", false),
                employee("emp-sub-1", "sub-bygglov"), employee("emp-sub-2", "sub-social"));
        Instant left = Instant.parse("2026-12-07T08:00:00Z");
        sendAndAwaitApplied(db,
                new VoicemailLeft("sub-vm-bygg", null, "sub-bygg", "+46705551201", left, 10),
                new VoicemailLeft("sub-vm-bygglov", null, "sub-bygglov", "+46705551202", left.plusSeconds(60), 10),
                new VoicemailLeft("sub-vm-member", "emp-sub-1", null, "+46705551203", left.plusSeconds(120), 10),
                new VoicemailLeft("sub-vm-social", null, "sub-social", "+46705551204", left.plusSeconds(180), 10),
                new VoicemailLeft("sub-vm-social-member", "emp-sub-2", null, "+46705551205", left.plusSeconds(240), 10));
        for (String call : CALLS) {
            awaitTask(taskIdFor(call), t -> true);
        }
        sent = true;
    }

    @Test
    void aManagerSeesTheirUnitItsSubUnitsAndTheirPeopleButNotASiblingUnit() {
        String manager = TestTokens.manager("mgr-sb", "sub-bygg");
        given().auth().oauth2(manager).get("/api/v1/units/sub-bygg/callbacks").then().statusCode(200)
                .body("callId", containsInAnyOrder("sub-vm-bygg", "sub-vm-bygglov", "sub-vm-member"));
        given().auth().oauth2(manager).get("/api/v1/units/sub-bygglov/callbacks").then().statusCode(200)
                .body("callId", containsInAnyOrder("sub-vm-bygglov", "sub-vm-member"));
        given().auth().oauth2(manager).get("/api/v1/units/sub-social/callbacks").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(manager).get("/api/v1/units/sub-kommun/callbacks").then().statusCode(403);

        // one task: a sub-unit's and a member's yes, a sibling unit's and its member's no
        given().auth().oauth2(manager).get("/api/v1/callbacks/" + taskIdFor("sub-vm-bygglov")).then().statusCode(200);
        given().auth().oauth2(manager).get("/api/v1/callbacks/" + taskIdFor("sub-vm-member")).then().statusCode(200)
                .body("callerNumber", equalTo("+46705551203"));
        given().auth().oauth2(manager).get("/api/v1/callbacks/" + taskIdFor("sub-vm-social")).then().statusCode(403);
        given().auth().oauth2(manager).get("/api/v1/callbacks/" + taskIdFor("sub-vm-social-member")).then()
                .statusCode(403);
    }

    @Test
    void theTopManagerSeesTheWholeTreeAndTheDirectoryAloneMakesSomeoneAUnitsManager() {
        given().auth().oauth2(TestTokens.manager("mgr-sk", "sub-kommun")).get("/api/v1/units/sub-kommun/callbacks")
                .then().statusCode(200).body("callId", containsInAnyOrder((Object[]) CALLS));
        // a manager token without unit_id: the directory names mgr-ss the manager of sub-social
        String bySocialDirectory = TestTokens.token("mgr-ss", null, Set.of("manager", "employee"));
        given().auth().oauth2(bySocialDirectory).get("/api/v1/units/sub-social/callbacks").then().statusCode(200)
                .body("callId", containsInAnyOrder("sub-vm-social", "sub-vm-social-member"));
        given().auth().oauth2(bySocialDirectory).get("/api/v1/units/sub-bygg/callbacks").then().statusCode(403);
    }

    @Test
    void theCsvCoversTheSameSubtree() {
        String csv = given().auth().oauth2(TestTokens.manager("mgr-sb", "sub-bygg"))
                .get("/api/v1/units/sub-bygg/callbacks/export").then().statusCode(200).extract().asString();
        assertThat(csv.split("\r\n")).hasSize(4);
        assertThat(csv).contains(taskIdFor("sub-vm-bygg"), taskIdFor("sub-vm-bygglov"), taskIdFor("sub-vm-member"))
                .doesNotContain(taskIdFor("sub-vm-social")).doesNotContain("+46705551");
        given().auth().oauth2(TestTokens.manager("mgr-sb", "sub-bygg")).get("/api/v1/units/sub-social/callbacks/export")
                .then().statusCode(403);
    }

    @Test
    void anEmployeeSeesOnlyTheirOwnTasks() {
        String officer = TestTokens.employee("emp-sub-1");
        given().auth().oauth2(officer).get("/api/v1/me/callbacks").then().statusCode(200)
                .body("callId", containsInAnyOrder("sub-vm-member"));
        given().auth().oauth2(officer).get("/api/v1/callbacks/" + taskIdFor("sub-vm-member")).then().statusCode(200);
        // their own unit's mailbox is the manager's to follow up
        given().auth().oauth2(officer).get("/api/v1/callbacks/" + taskIdFor("sub-vm-bygglov")).then().statusCode(403);
        given().auth().oauth2(officer).get("/api/v1/units/sub-bygglov/callbacks").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void theSwitchboardFollowsNoUnitsCallbacksAndAnAdminEveryUnits() {
        String switchboard = TestTokens.switchboard("emp-sub-vaxel");
        given().auth().oauth2(switchboard).get("/api/v1/units/sub-bygg/callbacks").then().statusCode(403);
        given().auth().oauth2(switchboard).get("/api/v1/callbacks/" + taskIdFor("sub-vm-bygg")).then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/units/sub-kommun/callbacks").then().statusCode(200)
                .body("callId", containsInAnyOrder((Object[]) CALLS));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/callbacks/" + taskIdFor("sub-vm-social-member"))
                .then().statusCode(200);
    }

    @Test
    void aUnitDeletedInTheDirectoryLeavesTheTreeAndAnOlderSnapshotDoesNotBringItBack() {
        String manager = TestTokens.manager("mgr-sb", "sub-bygg");
        String path = "/api/v1/units/sub-gone/callbacks";
        given().auth().oauth2(manager).get(path).then().statusCode(403);
        sendAndAwaitApplied(db, unit("sub-gone", "sub-bygg", null, false));
        given().auth().oauth2(manager).get(path).then().statusCode(200);
        // a tombstone (null value), then a replayed snapshot from before it
        sendAndAwaitApplied(db, new UnitDeleted("sub-gone", Instant.parse("2026-11-02T08:00:00Z")),
                unit("sub-gone", "sub-bygg", null, false));
        given().auth().oauth2(manager).get(path).then().statusCode(403);
    }

    @Test
    void aMissingExpiredOrForgedTokenIs401AndAWrongRole403() {
        String unitPath = "/api/v1/units/sub-bygg/callbacks";
        for (String path : new String[] { unitPath, "/api/v1/me/callbacks", "/api/v1/callbacks/" + taskIdFor("sub-vm-bygg") }) {
            given().get(path).then().statusCode(401).contentType("application/problem+json");
            given().auth().oauth2(TestTokens.expired("mgr-sb", Set.of("manager"))).get(path).then().statusCode(401)
                    .contentType("application/problem+json");
            given().auth().oauth2(TestTokens.forged("mgr-sb", Set.of("manager"))).get(path).then().statusCode(401)
                    .contentType("application/problem+json");
            given().auth().oauth2(TestTokens.pbx()).get(path).then().statusCode(403)
                    .contentType("application/problem+json");
        }
    }
}
