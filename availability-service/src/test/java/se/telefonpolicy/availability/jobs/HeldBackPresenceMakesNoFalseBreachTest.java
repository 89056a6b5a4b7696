package se.telefonpolicy.availability.jobs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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
import se.telefonpolicy.availability.PresenceEventTime;
import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.availability.CoverageGapStarted;
import se.telefonpolicy.contracts.availability.PresenceStatus;
import se.telefonpolicy.contracts.directory.EmployeeSnapshot;
import se.telefonpolicy.contracts.directory.OpeningHours;
import se.telefonpolicy.contracts.directory.ServiceDesk;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.contracts.pbx.PbxStatusChanged;
import se.telefonpolicy.platform.watermark.Watermarks;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * Issue 16, acceptance 1 (availability's part): a person's next status change is held back on its partition
 * (not delivered yet) past the time a rule is judged, while the PBX's heartbeats move every other partition on.
 * Nothing is decided while the partition lags, and once the change arrives the decision is the true one: no
 * false DIVERSION_STALE, no false SERVICE_DESK_STAFFED breach. A control on another partition shows that the
 * decisions were taken meanwhile.
 */
@QuarkusTest
class HeldBackPresenceMakesNoFalseBreachTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant UPDATED = Instant.parse("2026-11-01T08:00:00Z");

    @Inject
    Watermarks watermarks;

    @Inject
    WorkingCalendar calendar;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), PresenceEventTime.STOCKHOLM).toInstant();
    }

    @Test
    void aDiversionWhoseNextChangeLagsOnItsPartitionIsNotStaleBeforeOrAfterItArrives() {
        LocalDate day = PresenceEventTime.freshWorkingDay(watermarks, calendar);
        String late = PresenceEventTime.keyOn("held-e-" + run, p -> true);
        int lagging = PresenceEventTime.partitionOf(late);
        String early = PresenceEventTime.keyOn("held-f-" + run, p -> p != lagging);
        String after = PresenceEventTime.keyOn("held-g-" + run, p -> p != lagging);
        PresenceEventTime.heartbeats(at(day, 7, 0), p -> true);

        // stale by 09:15, decidable while the partition lags
        PresenceEventTime.send(meeting(early, at(day, 8, 0), at(day, 9, 0)));
        // back at 11:10, within the grace (11:15): the change that will be held back
        PresenceEventTime.send(meeting(late, at(day, 10, 0), at(day, 11, 0)));
        // stale by 11:15, decidable only once the lagging partition has moved past it
        PresenceEventTime.send(meeting(after, at(day, 10, 30), at(day, 11, 0)));

        // every other partition at 12:02, the lagging one at 10:00 (its meeting): the watermark is 09:58
        PresenceEventTime.heartbeats(at(day, 12, 2), p -> p != lagging);
        PresenceEventTime.awaitRead(watermarks, p -> p != lagging, at(day, 12, 2));
        PresenceEventTime.awaitRead(watermarks, p -> p == lagging, at(day, 10, 0));
        await().atMost(WAIT).untilAsserted(() -> staleOf(early).body("$", hasSize(1)));
        staleOf(late).body("$", hasSize(0));
        staleOf(after).body("$", hasSize(0));

        // the held-back change arrives, then its partition moves on too
        PresenceEventTime.send(new PbxStatusChanged(late, PresenceStatus.AVAILABLE, at(day, 11, 10), null, null, null, "1"));
        PresenceEventTime.heartbeats(at(day, 12, 2), p -> p == lagging);
        await().atMost(WAIT).untilAsserted(() -> staleOf(after).body("$", hasSize(1))
                .body("[0].violatedAt", equalTo(at(day, 11, 15).toString())));
        staleOf(late).body("$", hasSize(0));
        List<ConsumerRecord<String, String>> published = KafkaTestClient.readUntil(Topic.AVAILABILITY_STATUS.topicName(),
                rs -> rs.stream().anyMatch(r -> violation(r, after)) && rs.stream().anyMatch(r -> violation(r, early)), WAIT);
        assertThat(published).anyMatch(r -> violation(r, early)).noneMatch(r -> violation(r, late));
    }

    @Test
    void aDeskMembersLogonThatLagsOnItsPartitionMakesNoGapBeforeOrAfterItArrives() {
        LocalDate day = PresenceEventTime.freshWorkingDay(watermarks, calendar);
        String unitId = "unit-held-" + run;
        String anna = PresenceEventTime.keyOn("held-anna-" + run, p -> true);
        int lagging = PresenceEventTime.partitionOf(anna);
        String bo = PresenceEventTime.keyOn("held-bo-" + run, p -> p != lagging);
        List<OpeningHours> weekdays = Arrays.stream(DayOfWeek.values()).filter(d -> d.getValue() <= 5)
                .map(d -> new OpeningHours(d, LocalTime.of(8, 0), LocalTime.of(16, 0))).toList();
        KafkaTestClient.sendEvent(new UnitSnapshot(unitId, "Kontaktcenter", null, null, null, null, true,
                new ServiceDesk(weekdays, List.of(), 1), false, UPDATED));
        for (String member : List.of(anna, bo)) {
            KafkaTestClient.sendEvent(new EmployeeSnapshot(member, null, "Anna", "Ek", null, unitId, null, List.of(), null,
                    null, true, null, List.of(), null, true, UPDATED));
        }
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.switchboard("emp-vaxel"))
                .get("/api/v1/units/" + unitId + "/availability").then().statusCode(200).body("others", hasSize(2)));
        // and the desk, from its own topic: a desk read after the watermark moved is judged only from then on
        await().atMost(WAIT).untilAsserted(() -> coverage(unitId, day));
        PresenceEventTime.heartbeats(at(day, 5, 0), p -> true);

        PresenceEventTime.send(offDuty(anna, at(day, 5, 30), at(day, 7, 55)));
        PresenceEventTime.send(offDuty(bo, at(day, 5, 30), at(day, 8, 20)));
        PresenceEventTime.send(available(bo, at(day, 8, 20)));
        // Anna logs on at 07:55, but her partition lags at 07:50 while the others are at 09:02
        PresenceEventTime.heartbeats(at(day, 7, 50), p -> p == lagging);
        PresenceEventTime.heartbeats(at(day, 9, 2), p -> p != lagging);
        PresenceEventTime.awaitRead(watermarks, p -> p != lagging, at(day, 9, 2));
        PresenceEventTime.awaitRead(watermarks, p -> p == lagging, at(day, 7, 50));
        // decided up to the watermark, 07:48, before opening: no gap, though Bo alone logged on at 08:20
        await().atMost(WAIT).untilAsserted(() -> coverage(unitId, day).body("evaluatedUntil", equalTo(at(day, 7, 48).toString())));
        coverage(unitId, day).body("gaps", hasSize(0)).body("openSeconds", equalTo(0));

        PresenceEventTime.send(available(anna, at(day, 7, 55)));
        PresenceEventTime.heartbeats(at(day, 9, 2), p -> p == lagging);
        await().atMost(WAIT).untilAsserted(() -> coverage(unitId, day).body("evaluatedUntil", equalTo(at(day, 9, 0).toString())));
        coverage(unitId, day).body("gaps", hasSize(0)).body("openSeconds", equalTo(3600)).body("coveredSeconds", equalTo(3600));

        // a real gap later: the desk's events are exactly its own, nothing for 08:00–08:20 before them
        PresenceEventTime.send(lunch(anna, at(day, 11, 0), at(day, 11, 30)));
        PresenceEventTime.send(lunch(bo, at(day, 11, 0), at(day, 11, 30)));
        PresenceEventTime.send(available(anna, at(day, 11, 30)));
        PresenceEventTime.send(available(bo, at(day, 11, 30)));
        PresenceEventTime.moveWatermarkTo(watermarks, at(day, 12, 0));
        await().atMost(WAIT).untilAsserted(() -> coverage(unitId, day).body("gaps", hasSize(1))
                .body("gaps[0].start", equalTo(at(day, 11, 0).toString()))
                .body("gaps[0].end", equalTo(at(day, 11, 30).toString()))
                .body("gaps[0].seconds", equalTo(1800)).body("gaps[0].breach", equalTo(true)));
        List<ConsumerRecord<String, String>> forUnit = KafkaTestClient.readUntil(Topic.AVAILABILITY_COVERAGE.topicName(),
                rs -> rs.stream().filter(r -> unitId.equals(r.key())).count() >= 3, WAIT).stream()
                .filter(r -> unitId.equals(r.key())).toList();
        assertThat(forUnit).extracting(r -> KafkaTestClient.header(r, EventEnvelope.HEADER_TYPE))
                .containsExactly(EventType.COVERAGE_GAP_STARTED.ceType(), EventType.SERVICE_DESK_UNSTAFFED.ceType(),
                        EventType.COVERAGE_GAP_ENDED.ceType());
        CoverageGapStarted started = EventJson.fromJson(EventType.COVERAGE_GAP_STARTED, forUnit.get(0).value());
        assertThat(started.startedAt()).isEqualTo(at(day, 11, 0));
    }

    private static PbxStatusChanged meeting(String employeeId, Instant at, Instant back) {
        return new PbxStatusChanged(employeeId, PresenceStatus.MEETING, at, back, "Möte", null, "3");
    }

    private static PbxStatusChanged lunch(String employeeId, Instant at, Instant back) {
        return new PbxStatusChanged(employeeId, PresenceStatus.LUNCH, at, back, "Lunch", null, "5");
    }

    private static PbxStatusChanged offDuty(String employeeId, Instant at, Instant back) {
        return new PbxStatusChanged(employeeId, PresenceStatus.OFF_DUTY, at, back, null, null, "9");
    }

    private static PbxStatusChanged available(String employeeId, Instant at) {
        return new PbxStatusChanged(employeeId, PresenceStatus.AVAILABLE, at, null, null, null, "1");
    }

    private static boolean violation(ConsumerRecord<String, String> r, String employeeId) {
        return employeeId.equals(r.key())
                && EventType.DIVERSION_VIOLATED.ceType().equals(KafkaTestClient.header(r, EventEnvelope.HEADER_TYPE));
    }

    private static io.restassured.response.ValidatableResponse staleOf(String employeeId) {
        return given().auth().oauth2(TestTokens.admin()).queryParam("employeeId", employeeId)
                .queryParam("rule", "DIVERSION_STALE").get("/api/v1/diversions/violations").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse coverage(String unitId, LocalDate day) {
        return given().auth().oauth2(TestTokens.admin()).get("/api/v1/units/" + unitId + "/coverage?date=" + day).then()
                .statusCode(200);
    }
}
