package se.telefonpolicy.availability.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.telefonpolicy.contracts.directory.EmployeeSnapshot;
import se.telefonpolicy.contracts.directory.OpeningHours;
import se.telefonpolicy.contracts.directory.ServiceDesk;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.testsupport.AuthorizationMatrix;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestClock;
import se.telefonpolicy.testsupport.TestTokens;

/** Every operation of the OpenAPI document × every kind of caller, against authorization/expected-status.csv. */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final String STATUS = "{\"status\":\"AVAILABLE\"}";

    @Inject
    TestClock clock;

    @AfterEach
    void wallClock() {
        clock.reset();
    }

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() {
        // whole seconds: a time PostgreSQL stores as it is (it rounds nanoseconds), so one instant's changes all apply
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        Instant at = Instant.parse("2026-11-01T08:00:00Z");
        ServiceDesk desk = new ServiceDesk(List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(16, 0))),
                List.of(), 1);
        KafkaTestClient.sendEvent(new UnitSnapshot("az-unit", "Kontaktcenter", null, "az-manager", null, null, true, desk, false, at));
        KafkaTestClient.sendEvent(new UnitSnapshot("az-other", "Miljö", null, "az-other-manager", null, null, false, null, false, at));
        KafkaTestClient.sendEvent(new EmployeeSnapshot("az-employee", null, "Anna", "Ek", null, "az-unit", null, List.of(), null,
                null, true, null, List.of(), null, true, at));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            given().auth().oauth2(TestTokens.admin()).get("/api/v1/units/az-unit/coverage?date=2026-11-30").then().statusCode(200);
            given().auth().oauth2(TestTokens.admin()).get("/api/v1/units/az-unit/availability").then().statusCode(200);
        });
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(STATUS)
                .put("/api/v1/employees/az-employee/status").then().statusCode(200);

        AuthorizationMatrix.of("availability-service", "authorization/expected-status.csv")
                .employee("az-employee").manager("az-manager", "az-unit").otherManager("az-other-manager", "az-other")
                .switchboard("az-switchboard")
                .path("employeeId", "az-employee")
                .query("GET /api/v1/units/{unitId}/coverage", "date=2026-11-30")
                .query("GET /api/v1/staffing/erlang-c", "callsPerHour=60&ahtSeconds=180&targetAnswerSeconds=20&targetServiceLevel=0.8")
                .body("PUT /api/v1/me/status", STATUS)
                .body("PUT /api/v1/employees/{employeeId}/status", STATUS)
                .verify();
    }
}
