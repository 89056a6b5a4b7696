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
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.telefonpolicy.availability.PresenceEventTime;
import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.availability.CoverageGapEnded;
import se.telefonpolicy.contracts.availability.CoverageGapStarted;
import se.telefonpolicy.contracts.availability.GapEndReason;
import se.telefonpolicy.contracts.availability.ServiceDeskUnstaffed;
import se.telefonpolicy.contracts.directory.EmployeeSnapshot;
import se.telefonpolicy.contracts.directory.OpeningHours;
import se.telefonpolicy.contracts.directory.ServiceDesk;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.platform.watermark.Watermarks;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestClock;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * Issue 6, acceptance 1, on event time, through the real broker and database: a service desk with three
 * members, open Mon–Fri 08:00–16:00, minimum 1, everyone at lunch 12:00–12:12. The statuses are set over REST
 * (their own time, a moved clock); the PBX's heartbeats move the watermark, and the desk is decided up to it.
 */
@QuarkusTest
class ServiceDeskLunchGapTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant UPDATED = Instant.parse("2026-11-01T08:00:00Z");

    @Inject
    TestClock clock;

    @Inject
    Watermarks watermarks;

    @Inject
    WorkingCalendar calendar;

    // the broker outlives a test run: ids of their own keep earlier runs' events out of the counts
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String unitId = "unit-kc-" + run;
    private final List<String> members = List.of("kc-anna-" + run, "kc-bo-" + run, "kc-cia-" + run);

    private static Instant at(LocalDate date, int hour, int minute) {
        return ZonedDateTime.of(date, LocalTime.of(hour, minute), PresenceEventTime.STOCKHOLM).toInstant();
    }

    @Test
    void everyoneAtLunchGivesOneGapOneBreachAndTheDaysRatioToTheSecond() {
        LocalDate monday = PresenceEventTime.freshWorkingMonday(watermarks, calendar);
        LocalDate saturday = monday.plusDays(5);
        // the next closed day on a weekday after that Saturday, such as juldagen or långfredagen
        LocalDate holiday = saturday.plusDays(1);
        while (calendar.isWorkingDay(holiday) || holiday.getDayOfWeek().getValue() > 5) {
            holiday = holiday.plusDays(1);
        }
        clock.set(at(monday, 7, 30));
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
        await().atMost(WAIT).untilAsserted(() -> coverage(monday).statusCode(200));

        clock.set(at(monday, 8, 0));
        members.forEach(m -> setStatus(m, "{\"status\":\"AVAILABLE\"}"));
        clock.set(at(monday, 12, 0));
        members.forEach(m -> setStatus(m, "{\"status\":\"LUNCH\",\"returnsAt\":\"" + at(monday, 12, 12) + "\"}"));

        // the watermark at 12:04: a gap since 12:00, within the grace
        decidedUpTo(at(monday, 12, 4));
        coverage(monday).body("gaps", hasSize(1)).body("gaps[0].start", equalTo(at(monday, 12, 0).toString()))
                .body("gaps[0].end", nullValue()).body("gaps[0].seconds", equalTo(240)).body("gaps[0].breach", equalTo(false));
        // exactly the grace is not longer than it
        decidedUpTo(at(monday, 12, 5));
        coverage(monday).body("gaps[0].breach", equalTo(false));
        decidedUpTo(at(monday, 12, 6));
        coverage(monday).body("gaps[0].breach", equalTo(true)).body("gaps[0].seconds", equalTo(360));

        clock.set(at(monday, 12, 12));
        members.forEach(m -> setStatus(m, "{\"status\":\"AVAILABLE\"}"));
        // the day closes when the watermark passes 16:00
        decidedUpTo(at(monday, 16, 30));

        coverage(monday).statusCode(200)
                .body("openSeconds", equalTo(8 * 3600))
                .body("coveredSeconds", equalTo(8 * 3600 - 12 * 60))
                .body("ratio", equalTo((float) ((8 * 3600 - 12 * 60) / (8.0 * 3600))))
                .body("gaps", hasSize(1))
                .body("gaps[0].end", equalTo(at(monday, 12, 12).toString()))
                .body("gaps[0].seconds", equalTo(720))
                .body("gaps[0].breach", equalTo(true));

        // a Saturday and a weekday holiday: everyone away, yet no open time and no gap
        lunchBreakAndCheck(saturday);
        lunchBreakAndCheck(holiday);

        List<ConsumerRecord<String, String>> forUnit = KafkaTestClient.readUntil(Topic.AVAILABILITY_COVERAGE.topicName(),
                rs -> rs.stream().filter(r -> unitId.equals(r.key())).count() >= 3, WAIT).stream()
                .filter(r -> unitId.equals(r.key())).toList();
        assertThat(forUnit).extracting(r -> KafkaTestClient.header(r, EventEnvelope.HEADER_TYPE))
                .containsExactly(EventType.COVERAGE_GAP_STARTED.ceType(), EventType.SERVICE_DESK_UNSTAFFED.ceType(),
                        EventType.COVERAGE_GAP_ENDED.ceType());
        CoverageGapStarted started = EventJson.fromJson(EventType.COVERAGE_GAP_STARTED, forUnit.get(0).value());
        assertThat(started.startedAt()).isEqualTo(at(monday, 12, 0));
        assertThat(started.availableCount()).isZero();
        assertThat(started.minimumStaffing()).isEqualTo(1);
        assertThat(started.gapId()).isEqualTo(CoverageCheck.gapId(unitId, started.startedAt()));
        ServiceDeskUnstaffed breach = EventJson.fromJson(EventType.SERVICE_DESK_UNSTAFFED, forUnit.get(1).value());
        assertThat(breach.gapId()).isEqualTo(started.gapId());
        assertThat(breach.breachedAt()).isEqualTo(at(monday, 12, 5));
        CoverageGapEnded ended = EventJson.fromJson(EventType.COVERAGE_GAP_ENDED, forUnit.get(2).value());
        assertThat(ended.gapId()).isEqualTo(started.gapId());
        assertThat(ended.startedAt()).isEqualTo(at(monday, 12, 0));
        assertThat(ended.endedAt()).isEqualTo(at(monday, 12, 12));
        assertThat(ended.reason()).isEqualTo(GapEndReason.STAFFED);
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
        decidedUpTo(at(closedDay, 10, 30));
        clock.set(at(closedDay, 11, 0));
        members.forEach(m -> setStatus(m, "{\"status\":\"AVAILABLE\"}"));
        decidedUpTo(at(closedDay, 11, 30));
        coverage(closedDay).statusCode(200).body("openSeconds", equalTo(0)).body("coveredSeconds", equalTo(0))
                .body("ratio", nullValue()).body("gaps", hasSize(0));
    }

    /** Moves the watermark and waits until the desk has been evaluated up to it. */
    private void decidedUpTo(Instant time) {
        PresenceEventTime.moveWatermarkTo(watermarks, time);
        await().atMost(WAIT).untilAsserted(() -> coverage(LocalDate.ofInstant(time, PresenceEventTime.STOCKHOLM))
                .body("evaluatedUntil", equalTo(time.toString())));
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
