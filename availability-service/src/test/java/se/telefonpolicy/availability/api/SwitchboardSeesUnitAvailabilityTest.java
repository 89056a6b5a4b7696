package se.telefonpolicy.availability.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.availability.StatusChanged;
import se.telefonpolicy.contracts.directory.EmployeeDeleted;
import se.telefonpolicy.contracts.directory.EmployeeSnapshot;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestClock;
import se.telefonpolicy.testsupport.TestTokens;

/** Membership comes from directory.employees.v1 through the real broker; presence from REST; the switchboard reads the view. */
@QuarkusTest
class SwitchboardSeesUnitAvailabilityTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Instant UPDATED = Instant.parse("2026-11-01T08:00:00Z");

    @Inject
    TestClock clock;

    private static EmployeeSnapshot employee(String id, String first, String unitId, boolean active, Instant updatedAt) {
        return new EmployeeSnapshot(id, null, first, "Ek", "Handläggare", unitId, "4711", List.of(), null, null,
                true, null, List.of(), null, active, updatedAt);
    }

    @Test
    void theSwitchboardSeesWhoCanAnswerAndWhenTheOthersAreBack() {
        clock.set(Instant.parse("2026-11-30T10:00:00Z"));
        KafkaTestClient.sendEvent(employee("sv-anna", "Anna", "unit-sv", true, UPDATED));
        KafkaTestClient.sendEvent(employee("sv-bo", "Bo", "unit-sv", true, UPDATED));
        KafkaTestClient.sendEvent(employee("sv-cia", "Cia", "unit-sv", true, UPDATED));
        KafkaTestClient.sendEvent(employee("sv-dan", "Dan", "unit-sv", true, UPDATED));
        KafkaTestClient.sendEvent(employee("sv-inaktiv", "Ivar", "unit-sv", false, UPDATED));
        KafkaTestClient.sendEvent(employee("sv-annan", "Alf", "unit-annan", true, UPDATED));
        KafkaTestClient.sendEvent(employee("sv-slutat", "Sune", "unit-sv", true, UPDATED));
        KafkaTestClient.sendEvent(new EmployeeDeleted("sv-slutat", UPDATED.plusSeconds(60)));
        // Dan moves to another unit: the newer snapshot wins
        KafkaTestClient.sendEvent(employee("sv-dan", "Dan", "unit-annan", true, UPDATED.plusSeconds(120)));

        // the directory's members arrive through the broker; wait until they are known
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.switchboard("emp-vaxel"))
                .get("/api/v1/units/unit-sv/availability")
                .then().statusCode(200).body("others.employeeId", contains("sv-anna", "sv-bo", "sv-cia")));

        setStatus("sv-anna", "{\"status\":\"AVAILABLE\"}");
        setStatus("sv-bo", "{\"status\":\"VACATION\",\"returnsAt\":\"2026-12-07T07:00:00Z\",\"message\":\"Semester\"}");
        setStatus("sv-cia", "{\"status\":\"LUNCH\",\"returnsAt\":\"2026-11-30T11:00:00Z\"}");

        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.switchboard("emp-vaxel"))
                .get("/api/v1/units/unit-sv/availability")
                .then().statusCode(200)
                .body("canAnswer.employeeId", contains("sv-anna"))
                .body("others.employeeId", contains("sv-cia", "sv-bo"))
                .body("others[1].message", equalTo("Semester"))
                .body("others[1].returnAt", equalTo("2026-12-07T07:00:00Z")));

        var published = KafkaTestClient.find(Topic.AVAILABILITY_STATUS.topicName(), r -> "sv-anna".equals(r.key()), WAIT)
                .orElseThrow(() -> new AssertionError("no StatusChanged for sv-anna"));
        StatusChanged annaAvailable = EventJson.fromJson(EventType.STATUS_CHANGED, published.value());
        assertThat(annaAvailable.unitId()).isEqualTo("unit-sv");

        given().auth().oauth2(TestTokens.switchboard("emp-vaxel")).get("/api/v1/units/unit-tom/availability")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/units/unit-sv/availability").then().statusCode(401);
        given().auth().oauth2(TestTokens.pbx()).get("/api/v1/units/unit-sv/availability").then().statusCode(403);
    }

    /**
     * A 40-member unit, as acceptance 4 describes it: everyone is in the view, sorted by when they are
     * back. Its latency is a benchmark's to measure, not a test's (see the README).
     */
    @Test
    void aFortyMemberUnitIsListedWholeAndSortedByReturnTime() {
        clock.set(Instant.parse("2026-11-30T10:00:00Z"));
        for (int i = 0; i < 40; i++) {
            KafkaTestClient.sendEvent(employee("bench-" + i, "Person" + i, "unit-bench", true, UPDATED));
        }
        String token = TestTokens.switchboard("emp-vaxel");
        // the switchboard sets the status of colleagues the directory has told of
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(token).get("/api/v1/units/unit-bench/availability")
                .then().statusCode(200).body("others.size()", equalTo(40)));
        for (int i = 0; i < 40; i++) {
            setStatus("bench-" + i, i % 3 == 0 ? "{\"status\":\"AVAILABLE\"}"
                    : "{\"status\":\"MEETING\",\"returnsAt\":\"2026-11-30T1" + (1 + i % 8) + ":00:00Z\"}");
        }
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(token).get("/api/v1/units/unit-bench/availability")
                .then().statusCode(200).body("canAnswer.size()", equalTo(14)).body("others.size()", equalTo(26)));
        List<String> returns = given().auth().oauth2(token).get("/api/v1/units/unit-bench/availability")
                .then().extract().jsonPath().getList("others.returnAt", String.class);
        assertThat(returns).hasSize(26).isSortedAccordingTo(Comparator.naturalOrder());
    }

    private static void setStatus(String employeeId, String body) {
        given().auth().oauth2(TestTokens.switchboard("emp-vaxel")).contentType(ContentType.JSON).body(body)
                .put("/api/v1/employees/" + employeeId + "/status").then().statusCode(200);
    }
}
