package se.telefonpolicy.availability.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.availability.DivertTargetKind;
import se.telefonpolicy.contracts.availability.PresenceSource;
import se.telefonpolicy.contracts.availability.PresenceStatus;
import se.telefonpolicy.contracts.availability.StatusChanged;
import se.telefonpolicy.contracts.directory.EmployeeSnapshot;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestClock;
import se.telefonpolicy.testsupport.TestTokens;

/** A person sets a diversion over REST: stored and published in one go, refused without a return time. */
@QuarkusTest
class SelfServiceStatusIsStoredAndPublishedTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @Inject
    TestClock clock;

    @BeforeEach
    void atTenOnAMonday() {
        clock.set(NOW);
    }

    private static boolean inDirectory;

    /** The colleagues the switchboard sets a status for are in the directory. */
    @BeforeEach
    void colleaguesInTheDirectory() {
        if (inDirectory) {
            return;
        }
        Instant at = Instant.parse("2026-11-01T08:00:00Z");
        for (String id : List.of("emp-self-2", "emp-self-3")) {
            KafkaTestClient.sendEvent(new EmployeeSnapshot(id, null, "Förnamn", "Efternamn", null, "unit-self", null,
                    List.of(), null, null, true, null, List.of(), null, true, at));
        }
        await().atMost(WAIT).untilAsserted(() -> {
            var unit = given().auth().oauth2(TestTokens.switchboard("emp-vaxel")).get("/api/v1/units/unit-self/availability")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(unit.getList("canAnswer").size() + unit.getList("others").size()).isEqualTo(2);
        });
        inDirectory = true;
    }

    @Test
    void aColleagueTheDirectoryDoesNotKnowIs404AndNothingIsStored() {
        given().auth().oauth2(TestTokens.switchboard("emp-vaxel")).contentType(ContentType.JSON)
                .body("{\"status\":\"AVAILABLE\"}")
                .when().put("/api/v1/employees/emp-finns-inte/status")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"status\":\"AVAILABLE\"}")
                .when().put("/api/v1/employees/emp-finns-inte/status")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.switchboard("emp-vaxel")).get("/api/v1/employees/emp-finns-inte/presence")
                .then().statusCode(404);
    }

    @Test
    void anEmployeeSetsTheirOwnLunchAndItIsPublishedAsSelfService() {
        given().auth().oauth2(TestTokens.employee("emp-self-1")).contentType(ContentType.JSON)
                .body("""
                        {"status":"LUNCH","returnsAt":"2026-11-30T10:45:00Z","message":"Lunch, åter 11:45",
                         "divertTarget":{"kind":"COLLEAGUE","targetId":"emp-kollega"}}""")
                .when().put("/api/v1/me/status")
                .then().statusCode(200).body("status", equalTo("LUNCH")).body("source", equalTo("SELF_SERVICE"));

        given().auth().oauth2(TestTokens.switchboard("emp-vaxel")).get("/api/v1/employees/emp-self-1/presence")
                .then().statusCode(200).body("status", equalTo("LUNCH")).body("returnAt", equalTo("2026-11-30T10:45:00Z"))
                .body("divertTarget.targetId", equalTo("emp-kollega"));

        StatusChanged published = onlyPublishedFor("emp-self-1");
        assertThat(published.status()).isEqualTo(PresenceStatus.LUNCH);
        assertThat(published.source()).isEqualTo(PresenceSource.SELF_SERVICE);
        assertThat(published.changedAt()).isEqualTo(NOW);
        assertThat(published.returnAt()).isEqualTo(Instant.parse("2026-11-30T10:45:00Z"));
        assertThat(published.message()).isEqualTo("Lunch, åter 11:45");
        assertThat(published.divertTarget().kind()).isEqualTo(DivertTargetKind.COLLEAGUE);
    }

    @Test
    void theSwitchboardSetsAColleaguesStatusAsSwitchboard() {
        given().auth().oauth2(TestTokens.switchboard("emp-vaxel")).contentType(ContentType.JSON)
                .body("{\"status\":\"SICK\",\"returnsAt\":\"2026-12-01T07:00:00Z\"}")
                .when().put("/api/v1/employees/emp-self-2/status")
                .then().statusCode(200).body("source", equalTo("SWITCHBOARD"));

        StatusChanged published = onlyPublishedFor("emp-self-2");
        assertThat(published.status()).isEqualTo(PresenceStatus.SICK);
        assertThat(published.source()).isEqualTo(PresenceSource.SWITCHBOARD);
    }

    @Test
    void anAbsenceWithoutAFutureReturnTimeWithinAYearIs400NamingReturnsAtAndNothingIsStored() {
        for (String body : List.of(
                "{\"status\":\"MEETING\"}",
                "{\"status\":\"MEETING\",\"returnsAt\":\"2026-11-30T09:59:00Z\"}",
                "{\"status\":\"VACATION\",\"returnsAt\":\"2027-12-01T10:00:00Z\"}")) {
            given().auth().oauth2(TestTokens.employee("emp-self-3")).contentType(ContentType.JSON).body(body)
                    .when().put("/api/v1/me/status")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("returnsAt"));
        }
        given().auth().oauth2(TestTokens.switchboard("emp-vaxel")).contentType(ContentType.JSON)
                .body("{\"status\":\"OUT_OF_OFFICE\"}")
                .when().put("/api/v1/employees/emp-self-3/status")
                .then().statusCode(400).body("errors[0].field", equalTo("returnsAt"));
        given().auth().oauth2(TestTokens.switchboard("emp-vaxel")).get("/api/v1/employees/emp-self-3/presence")
                .then().statusCode(404);
    }

    @Test
    void availableNeedsNoReturnTimeButABadStatusOrTargetIs400NamingIt() {
        given().auth().oauth2(TestTokens.employee("emp-self-4")).contentType(ContentType.JSON)
                .body("{\"status\":\"AVAILABLE\"}")
                .when().put("/api/v1/me/status")
                .then().statusCode(200).body("status", equalTo("AVAILABLE"));
        given().auth().oauth2(TestTokens.employee("emp-self-4")).contentType(ContentType.JSON)
                .body("{\"status\":\"ASLEEP\"}")
                .when().put("/api/v1/me/status")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(TestTokens.employee("emp-self-4")).contentType(ContentType.JSON)
                .body("{\"status\":\"MEETING\",\"returnsAt\":\"2026-11-30T11:00:00Z\",\"divertTarget\":{\"kind\":\"UNIT\"}}")
                .when().put("/api/v1/me/status")
                .then().statusCode(400).body("errors[0].field", equalTo("divertTarget.targetId"));
    }

    @Test
    void withoutATokenItIs401AndAWrongRoleIs403() {
        given().contentType(ContentType.JSON).body("{\"status\":\"AVAILABLE\"}")
                .when().put("/api/v1/me/status")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.employee("emp-self-5")).contentType(ContentType.JSON)
                .body("{\"status\":\"AVAILABLE\"}")
                .when().put("/api/v1/employees/emp-self-6/status")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("pbx-connector", null, Set.of("pbx"))).contentType(ContentType.JSON)
                .body("{\"status\":\"AVAILABLE\"}")
                .when().put("/api/v1/me/status")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.switchboard("emp-vaxel")).get("/api/v1/employees/emp-self-6/presence")
                .then().statusCode(404);
    }

    // StatusChanged only: a diversion of these dates may also be decided stale once another test moves event time
    private static StatusChanged onlyPublishedFor(String employeeId) {
        List<ConsumerRecord<String, String>> records = KafkaTestClient.readUntil(Topic.AVAILABILITY_STATUS.topicName(),
                rs -> rs.stream().anyMatch(r -> isStatusChangedOf(r, employeeId)), WAIT).stream()
                .filter(r -> isStatusChangedOf(r, employeeId)).toList();
        assertThat(records).hasSize(1);
        return EventJson.fromJson(EventType.STATUS_CHANGED, records.get(0).value());
    }

    private static boolean isStatusChangedOf(ConsumerRecord<String, String> r, String employeeId) {
        return employeeId.equals(r.key())
                && EventType.STATUS_CHANGED.ceType().equals(KafkaTestClient.header(r, EventEnvelope.HEADER_TYPE));
    }
}
