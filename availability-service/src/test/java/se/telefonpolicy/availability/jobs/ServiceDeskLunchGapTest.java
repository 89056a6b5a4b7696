package se.telefonpolicy.availability.jobs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.telefonpolicy.availability.messaging.CoverageEvaluation;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.availability.CoverageGapEnded;
import se.telefonpolicy.contracts.availability.CoverageGapStarted;
import se.telefonpolicy.contracts.availability.GapEndReason;
import se.telefonpolicy.contracts.directory.EmployeeSnapshot;
import se.telefonpolicy.contracts.directory.OpeningHours;
import se.telefonpolicy.contracts.directory.ServiceDesk;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestClock;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * Issue 6, acceptance 1, through the real broker and database with a moving test clock: a service
 * desk with three members, open Mon–Fri 08:00–16:00, minimum 1, everyone at lunch 12:00–12:12.
 */
@QuarkusTest
class ServiceDeskLunchGapTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 12, 5);
    private static final LocalDate JULDAGEN = LocalDate.of(2026, 12, 25);
    private static final Instant UPDATED = Instant.parse("2026-11-01T08:00:00Z");

    @Inject
    TestClock clock;

    @Inject
    CoverageCheck coverageCheck;

    // the broker outlives a test run: ids of their own keep earlier runs' events out of the counts
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String unitId = "unit-kc-" + run;
    private final List<String> members = List.of("kc-anna-" + run, "kc-bo-" + run, "kc-cia-" + run);

    private static Instant at(LocalDate date, int hour, int minute) {
        return ZonedDateTime.of(date, LocalTime.of(hour, minute), STOCKHOLM).toInstant();
    }

    @Test
    void everyoneAtLunchGivesOneGapPairAndTheDaysRatioToTheSecond() {
        clock.set(at(MONDAY, 7, 30));
        List<OpeningHours> weekdays = Arrays.stream(DayOfWeek.values()).filter(d -> d.getValue() <= 5)
                .map(d -> new OpeningHours(d, LocalTime.of(8, 0), LocalTime.of(16, 0))).toList();
        KafkaTestClient.sendEvent(new UnitSnapshot(unitId, "Kontaktcenter", null, null, null, null, true,
                new ServiceDesk(weekdays, List.of(), 1), false, UPDATED));
        for (String member : members) {
            KafkaTestClient.sendEvent(new EmployeeSnapshot(member, null, "Anna", "Ek", "Handläggare", unitId, "4711",
                    List.of(), null, null, true, null, List.of(), null, true, UPDATED));
        }
        // the desk and its members arrive through the broker
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.switchboard("emp-vaxel"))
                .get("/api/v1/units/" + unitId + "/availability").then().statusCode(200).body("others", hasSize(3)));
        await().atMost(WAIT).untilAsserted(() -> coverage(MONDAY).statusCode(200));

        clock.set(at(MONDAY, 8, 0));
        members.forEach(m -> setStatus(m, "{\"status\":\"AVAILABLE\"}"));
        clock.set(at(MONDAY, 12, 0));
        members.forEach(m -> setStatus(m, "{\"status\":\"LUNCH\",\"returnsAt\":\"" + at(MONDAY, 12, 12) + "\"}"));
        clock.set(at(MONDAY, 12, 4));
        coverageCheck.tick();
        clock.set(at(MONDAY, 12, 6));
        coverageCheck.tick();

        CoverageGapStarted started = EventJson.fromJson(EventType.COVERAGE_GAP_STARTED,
                awaitCoverageEvent(EventType.COVERAGE_GAP_STARTED).value());
        assertThat(started.startedAt()).isEqualTo(Instant.parse("2026-11-30T11:00:00Z"));
        assertThat(started.availableCount()).isZero();
        assertThat(started.minimumStaffing()).isEqualTo(1);
        assertThat(started.gapId()).isEqualTo(CoverageEvaluation.gapId(unitId, started.startedAt()));

        clock.set(at(MONDAY, 12, 12));
        members.forEach(m -> setStatus(m, "{\"status\":\"AVAILABLE\"}"));
        clock.set(at(MONDAY, 16, 30));
        coverageCheck.tick();

        coverage(MONDAY).statusCode(200)
                .body("openSeconds", equalTo(8 * 3600))
                .body("coveredSeconds", equalTo(8 * 3600 - 12 * 60))
                .body("ratio", equalTo((float) ((8 * 3600 - 12 * 60) / (8.0 * 3600))));

        // a Saturday and a public holiday: everyone away, yet no open time and no gap
        lunchBreakAndCheck(SATURDAY);
        lunchBreakAndCheck(JULDAGEN);

        CoverageGapEnded ended = EventJson.fromJson(EventType.COVERAGE_GAP_ENDED,
                awaitCoverageEvent(EventType.COVERAGE_GAP_ENDED).value());
        assertThat(ended.gapId()).isEqualTo(started.gapId());
        assertThat(ended.startedAt()).isEqualTo(Instant.parse("2026-11-30T11:00:00Z"));
        assertThat(ended.endedAt()).isEqualTo(Instant.parse("2026-11-30T11:12:00Z"));
        assertThat(ended.reason()).isEqualTo(GapEndReason.STAFFED);

        List<ConsumerRecord<String, String>> forUnit = KafkaTestClient.readUntil(Topic.AVAILABILITY_COVERAGE.topicName(),
                rs -> rs.stream().filter(r -> unitId.equals(r.key())).count() >= 2, WAIT).stream()
                .filter(r -> unitId.equals(r.key())).toList();
        assertThat(forUnit).extracting(r -> KafkaTestClient.header(r, EventEnvelope.HEADER_TYPE))
                .containsExactly(EventType.COVERAGE_GAP_STARTED.ceType(), EventType.COVERAGE_GAP_ENDED.ceType());
    }

    @Test
    void coverageNeedsAValidDateAndAManager() {
        given().auth().oauth2(TestTokens.manager("emp-chef", "unit-x")).get("/api/v1/units/unit-x/coverage?date=30/11/2026")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("date"));
        given().auth().oauth2(TestTokens.manager("emp-chef", "unit-x")).get("/api/v1/units/unit-x/coverage")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("date"));
        given().auth().oauth2(TestTokens.employee("emp-x")).get("/api/v1/units/unit-x/coverage?date=2026-11-30")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/units/unit-okand/coverage?date=2026-11-30")
                .then().statusCode(404);
    }

    private void lunchBreakAndCheck(LocalDate closedDay) {
        clock.set(at(closedDay, 10, 0));
        members.forEach(m -> setStatus(m, "{\"status\":\"LUNCH\",\"returnsAt\":\"" + at(closedDay, 11, 0) + "\"}"));
        clock.set(at(closedDay, 10, 30));
        coverageCheck.tick();
        clock.set(at(closedDay, 11, 0));
        members.forEach(m -> setStatus(m, "{\"status\":\"AVAILABLE\"}"));
        coverage(closedDay).statusCode(200).body("openSeconds", equalTo(0)).body("coveredSeconds", equalTo(0))
                .body("ratio", nullValue());
    }

    private ConsumerRecord<String, String> awaitCoverageEvent(EventType type) {
        return KafkaTestClient.find(Topic.AVAILABILITY_COVERAGE.topicName(),
                r -> unitId.equals(r.key()) && type.ceType().equals(KafkaTestClient.header(r, EventEnvelope.HEADER_TYPE)), WAIT)
                .orElseThrow(() -> new AssertionError("no " + type + " for " + unitId));
    }

    private io.restassured.response.ValidatableResponse coverage(LocalDate date) {
        return given().auth().oauth2(TestTokens.manager("emp-chef", unitId))
                .get("/api/v1/units/" + unitId + "/coverage?date=" + date).then();
    }

    private void setStatus(String employeeId, String body) {
        given().auth().oauth2(TestTokens.switchboard("emp-vaxel")).contentType(ContentType.JSON).body(body)
                .put("/api/v1/employees/" + employeeId + "/status").then().statusCode(200);
    }
}
