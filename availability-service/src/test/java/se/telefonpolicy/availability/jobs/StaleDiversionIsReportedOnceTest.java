package se.telefonpolicy.availability.jobs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.telefonpolicy.availability.PresenceEventTime;
import se.telefonpolicy.availability.domain.DiversionViolation;
import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.availability.DiversionViolated;
import se.telefonpolicy.contracts.availability.PresenceStatus;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.contracts.pbx.PbxStatusChanged;
import se.telefonpolicy.platform.watermark.Watermarks;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestClock;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * DIVERSION_STALE on event time (grace 15 min): nothing while the watermark stands at the grace's end, one
 * violation just after it however many checks run, at once or later; judged from the history, so a diversion
 * that was already over when the check ran is judged too.
 */
@QuarkusTest
class StaleDiversionIsReportedOnceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration GRACE = Duration.ofMinutes(15);

    @Inject
    TestClock clock;

    @Inject
    Watermarks watermarks;

    @Inject
    WorkingCalendar calendar;

    @Inject
    StaleDiversionCheck check;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), PresenceEventTime.STOCKHOLM).toInstant();
    }

    @Test
    void aDiversionPastItsReturnTimeAndTheGraceIsReportedOnceEvenByConcurrentChecks() throws Exception {
        LocalDate day = PresenceEventTime.freshWorkingDay(watermarks, calendar);
        String employee = "emp-stale-1-" + run;
        clock.set(at(day, 10, 0));
        setMeeting(employee, at(day, 11, 0));

        PresenceEventTime.moveWatermarkTo(watermarks, at(day, 11, 0).plus(GRACE));
        clock.set(at(day, 12, 0));
        check.check();
        violationsOf(employee).body("$", hasSize(0));

        PresenceEventTime.moveWatermarkTo(watermarks, at(day, 11, 0).plus(GRACE).plusSeconds(1));
        // two instances at the same moment, as two services sharing the database would run it
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> instance = () -> {
            start.await();
            return check.check();
        };
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = List.of(pool.submit(instance), pool.submit(instance));
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        check.check();
        check.check();

        violationsOf(employee).body("$", hasSize(1))
                .body("[0].rule", equalTo("DIVERSION_STALE"))
                .body("[0].returnAt", equalTo(at(day, 11, 0).toString()))
                .body("[0].since", equalTo(at(day, 10, 0).toString()))
                .body("[0].violatedAt", equalTo(at(day, 11, 15).toString()))
                .body("[0].diversionId", equalTo(DiversionViolation.diversionId(employee, at(day, 10, 0))));
        DiversionViolated published = EventJson.fromJson(EventType.DIVERSION_VIOLATED, onlyViolationPublishedFor(employee).value());
        assertThat(published.ruleId()).isEqualTo(RuleId.DIVERSION_STALE);
        assertThat(published.violatedAt()).isEqualTo(at(day, 11, 15));
        assertThat(published.diversionId()).isEqualTo(DiversionViolation.diversionId(employee, at(day, 10, 0)));
    }

    @Test
    void aPersonBackInTimeIsNotReported() {
        LocalDate day = PresenceEventTime.freshWorkingDay(watermarks, calendar);
        String employee = "emp-stale-2-" + run;
        String control = "emp-stale-2b-" + run;
        clock.set(at(day, 10, 0));
        setMeeting(employee, at(day, 11, 0));
        setMeeting(control, at(day, 11, 0));
        clock.set(at(day, 10, 59));
        given().auth().oauth2(TestTokens.employee(employee)).contentType(ContentType.JSON)
                .body("{\"status\":\"AVAILABLE\"}").put("/api/v1/me/status").then().statusCode(200);

        PresenceEventTime.moveWatermarkTo(watermarks, at(day, 13, 0));
        // the colleague still in the meeting is reported: the decision was taken
        await().atMost(WAIT).untilAsserted(() -> violationsOf(control).body("$", hasSize(1)));
        violationsOf(employee).body("$", hasSize(0));
    }

    @Test
    void theScheduledCheckFindsItWithoutBeingCalled() {
        LocalDate day = PresenceEventTime.freshWorkingDay(watermarks, calendar);
        String employee = "emp-stale-3-" + run;
        clock.set(at(day, 10, 0));
        setMeeting(employee, at(day, 11, 0));
        PresenceEventTime.moveWatermarkTo(watermarks, at(day, 11, 16));
        // the check follows the watermark every second
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> violationsOf(employee).body("$", hasSize(1)));
    }

    /** Today's bug: a check that looks at current statuses never sees a diversion that ended between two runs. */
    @Test
    void aBriefStaleDiversionThatEndedBeforeAnyCheckIsDecidedFromTheHistory() {
        LocalDate day = PresenceEventTime.freshWorkingDay(watermarks, calendar);
        String employee = "emp-stale-4-" + run;
        // from the PBX: a lunch until 12:30, back at 12:46, one minute past the grace
        PresenceEventTime.send(new PbxStatusChanged(employee, PresenceStatus.LUNCH, at(day, 12, 0), at(day, 12, 30),
                "Lunch", null, "5"));
        PresenceEventTime.send(new PbxStatusChanged(employee, PresenceStatus.AVAILABLE, at(day, 12, 46), null, null,
                null, "1"));
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.switchboard("emp-vaxel"))
                .get("/api/v1/employees/" + employee + "/presence").then().statusCode(200)
                .body("status", equalTo("AVAILABLE")));
        // nothing before the watermark has passed 12:45: a change on a lagging partition could still end it in time
        check.check();
        violationsOf(employee).body("$", hasSize(0));

        PresenceEventTime.moveWatermarkTo(watermarks, at(day, 13, 0));
        await().atMost(WAIT).untilAsserted(() -> violationsOf(employee).body("$", hasSize(1))
                .body("[0].rule", equalTo("DIVERSION_STALE"))
                .body("[0].status", equalTo("LUNCH"))
                .body("[0].violatedAt", equalTo(at(day, 12, 45).toString())));
        DiversionViolated published = EventJson.fromJson(EventType.DIVERSION_VIOLATED, onlyViolationPublishedFor(employee).value());
        assertThat(published.since()).isEqualTo(at(day, 12, 0));
        assertThat(published.returnAt()).isEqualTo(at(day, 12, 30));
    }

    private static void setMeeting(String employeeId, Instant until) {
        given().auth().oauth2(TestTokens.employee(employeeId)).contentType(ContentType.JSON)
                .body("{\"status\":\"MEETING\",\"returnsAt\":\"" + until + "\",\"message\":\"Möte\"}")
                .put("/api/v1/me/status").then().statusCode(200);
    }

    private static ConsumerRecord<String, String> onlyViolationPublishedFor(String employeeId) {
        List<ConsumerRecord<String, String>> violations = KafkaTestClient.readUntil(Topic.AVAILABILITY_STATUS.topicName(),
                rs -> rs.stream().anyMatch(r -> isViolationOf(r, employeeId)), WAIT).stream()
                .filter(r -> isViolationOf(r, employeeId)).toList();
        assertThat(violations).hasSize(1);
        return violations.get(0);
    }

    private static boolean isViolationOf(ConsumerRecord<String, String> r, String employeeId) {
        return employeeId.equals(r.key())
                && EventType.DIVERSION_VIOLATED.ceType().equals(KafkaTestClient.header(r, EventEnvelope.HEADER_TYPE));
    }

    private static io.restassured.response.ValidatableResponse violationsOf(String employeeId) {
        return given().auth().oauth2(TestTokens.admin()).queryParam("employeeId", employeeId)
                .get("/api/v1/diversions/violations").then().statusCode(200);
    }
}
