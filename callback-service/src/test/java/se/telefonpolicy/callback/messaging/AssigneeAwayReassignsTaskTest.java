package se.telefonpolicy.callback.messaging;

import static io.restassured.RestAssured.given;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static se.telefonpolicy.callback.CallbackTestSupport.awaitTask;
import static se.telefonpolicy.callback.CallbackTestSupport.countOf;
import static se.telefonpolicy.callback.CallbackTestSupport.employee;
import static se.telefonpolicy.callback.CallbackTestSupport.isType;
import static se.telefonpolicy.callback.CallbackTestSupport.sendAndAwaitApplied;
import static se.telefonpolicy.callback.CallbackTestSupport.taskEvents;
import static se.telefonpolicy.callback.CallbackTestSupport.taskIdFor;
import static se.telefonpolicy.callback.CallbackTestSupport.unit;
import static se.telefonpolicy.callback.EventTimeSupport.at;
import static se.telefonpolicy.callback.EventTimeSupport.decisions;
import static se.telefonpolicy.callback.EventTimeSupport.heartbeats;
import static se.telefonpolicy.callback.EventTimeSupport.past;
import static se.telefonpolicy.callback.EventTimeSupport.runDecisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.telefonpolicy.callback.EventTimeSupport;
import se.telefonpolicy.callback.jobs.EventTimeDecisions;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.availability.DivertTarget;
import se.telefonpolicy.contracts.availability.DivertTargetKind;
import se.telefonpolicy.contracts.availability.PresenceSource;
import se.telefonpolicy.contracts.availability.PresenceStatus;
import se.telefonpolicy.contracts.availability.StatusChanged;
import se.telefonpolicy.contracts.callback.CallbackDeadlineDecided;
import se.telefonpolicy.contracts.callback.CallbackReassigned;
import se.telefonpolicy.contracts.callback.DeadlineVerdict;
import se.telefonpolicy.contracts.pbx.OutboundCallPlaced;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.platform.watermark.Watermarks;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestClock;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * Reassignment on event time (issue 16; BRIEF, "Event time": definitions), through the real broker and database: a
 * task moves only when, at its due-soon point (Wednesday 13:00 for Monday's message due Wednesday 17:00), the status
 * then in force says its assignee is away past the due time; once, dated at that point, to the colleague the calls
 * are diverted to, else to the manager the directory names; whatever order the statuses are read in.
 */
@QuarkusTest
class AssigneeAwayReassignsTaskTest {

    private static final String STATUSES = Topic.AVAILABILITY_STATUS.topicName();

    @Inject
    DataSource db;

    @Inject
    MeterRegistry metrics;

    @Inject
    Watermarks watermarks;

    @Inject
    EventTimeDecisions decisions;

    @Inject
    TestClock clock;

    private LocalDate week;
    private Instant left;
    private Instant point;
    private Instant due;

    @BeforeEach
    void freshWeek() {
        week = EventTimeSupport.freshWeek(db);
        left = at(week, MONDAY, "10:00");
        point = at(week, WEDNESDAY, "13:00");
        due = at(week, WEDNESDAY, "17:00");
        // the task lists' wall clock: that Wednesday afternoon
        clock.set(at(week, WEDNESDAY, "15:00"));
    }

    @AfterEach
    void wallClock() {
        clock.reset();
    }

    private StatusChanged status(String employeeId, String unitId, PresenceStatus status, Instant changedAt,
            Instant returnAt, DivertTarget divert) {
        return new StatusChanged(employeeId, unitId, status, PresenceStatus.AVAILABLE, PresenceSource.SELF_SERVICE,
                changedAt, returnAt, status.requiresReturnTime() ? "Borta" : null, divert);
    }

    @Test
    void aVacationKnownAtTheDueSoonPointMovesTheTaskThereNotWhenItStartsOnceToTheColleague() {
        sendAndAwaitApplied(db, new VoicemailLeft("away-later-1", "emp-away-1", null, "+46705550301", left, 20));
        String taskId = taskIdFor("away-later-1");
        // from Monday 13:00, back next Monday; delivered twice (another ce_id): the same absence
        StatusChanged vacation = status("emp-away-1", "unit-away", PresenceStatus.VACATION, at(week, MONDAY, "13:00"),
                at(week.plusWeeks(1), MONDAY, "08:00"), new DivertTarget(DivertTargetKind.COLLEAGUE, "emp-away-colleague"));
        sendAndAwaitApplied(db, vacation, vacation);

        // read up to an hour before the point: away, but nothing moves yet
        heartbeats(watermarks, STATUSES, past(point.minusSeconds(3600)));
        runDecisions(decisions);
        assertThat(awaitTask(taskId, t -> true).getString("employeeId")).isEqualTo("emp-away-1");

        heartbeats(watermarks, STATUSES, past(point));
        JsonPath task = awaitTask(taskId, t -> "emp-away-colleague".equals(t.getString("employeeId")));
        assertThat(Instant.parse(task.getString("dueAt"))).isEqualTo(due);
        assertThat(task.getString("status")).isEqualTo("OPEN");
        runDecisions(decisions);

        // a marker after them for the same task (outbox order): once it is out, a second move would be too
        completeByHand(taskId);
        List<ConsumerRecord<String, String>> events = taskEvents(taskId,
                rs -> countOf(rs, EventType.CALLBACK_COMPLETED) >= 1);
        assertThat(countOf(events, EventType.CALLBACK_REASSIGNED)).isEqualTo(1);
        CallbackReassigned reassigned = reassigned(events);
        assertThat(reassigned.fromEmployeeId()).isEqualTo("emp-away-1");
        assertThat(reassigned.toEmployeeId()).isEqualTo("emp-away-colleague");
        assertThat(reassigned.unitId()).isEqualTo("unit-away");
        assertThat(reassigned.reassignedAt()).isEqualTo(point);
        assertThat(reassigned.dueAt()).isEqualTo(due);
        assertThat(events.stream().filter(r -> isType(r, EventType.CALLBACK_REASSIGNED)).findFirst().orElseThrow().value())
                .doesNotContain("+46705550301");
    }

    @Test
    void sickWithoutReturnTimeBeforeTheMessageMovesTheTaskAtItsDueSoonPointToTheStandIn() {
        sendAndAwaitApplied(db, status("emp-away-2", "unit-away", PresenceStatus.SICK, at(week, MONDAY, "07:00"), null,
                new DivertTarget(DivertTargetKind.COLLEAGUE, "emp-away-stand-in")));
        sendAndAwaitApplied(db, new VoicemailLeft("away-before-1", "emp-away-2", null, "+46705550302", left, 20));
        String taskId = taskIdFor("away-before-1");
        // not at creation: the status may still change before the due-soon point
        runDecisions(decisions);
        assertThat(awaitTask(taskId, t -> true).getString("employeeId")).isEqualTo("emp-away-2");

        heartbeats(watermarks, STATUSES, past(point));
        JsonPath task = awaitTask(taskId, t -> "emp-away-stand-in".equals(t.getString("employeeId")));
        assertThat(Instant.parse(task.getString("dueAt"))).isEqualTo(due);
        List<ConsumerRecord<String, String>> events = taskEvents(taskId,
                rs -> countOf(rs, EventType.CALLBACK_REASSIGNED) >= 1);
        assertThat(isType(events.get(0), EventType.CALLBACK_CREATED)).isTrue();
        assertThat(events.get(0).value()).contains("\"assigneeEmployeeId\":\"emp-away-2\"");
        assertThat(reassigned(events).toEmployeeId()).isEqualTo("emp-away-stand-in");
        assertThat(reassigned(events).reassignedAt()).isEqualTo(point);
    }

    @Test
    void sickWithoutReturnTimeWhenTheMessageCameButBackBeforeTheDueSoonPointMovesNothingInEitherReadOrder() {
        // the twelve tasks: no return time on Monday, back on Tuesday; read in the reverse order
        sendAndAwaitApplied(db, status("emp-away-3", "unit-away", PresenceStatus.AVAILABLE, at(week, TUESDAY, "08:00"),
                null, null));
        sendAndAwaitApplied(db, status("emp-away-3", "unit-away", PresenceStatus.SICK, at(week, MONDAY, "07:00"), null,
                new DivertTarget(DivertTargetKind.COLLEAGUE, "emp-away-x")));
        sendAndAwaitApplied(db, new VoicemailLeft("away-short-1", "emp-away-3", null, "+46705550303", left, 20));
        // an hour's meeting at the point, back before the due time: stays too
        sendAndAwaitApplied(db, new VoicemailLeft("away-short-2", "emp-away-4", null, "+46705550304", left, 20),
                status("emp-away-4", "unit-away", PresenceStatus.MEETING, at(week, WEDNESDAY, "12:30"),
                        at(week, WEDNESDAY, "13:30"), new DivertTarget(DivertTargetKind.COLLEAGUE, "emp-away-x")),
                // and a vacation that begins after the point, past the due time: not known at the point
                new VoicemailLeft("away-short-3", "emp-away-5", null, "+46705550305", left, 20),
                status("emp-away-5", "unit-away", PresenceStatus.VACATION, at(week, WEDNESDAY, "14:00"), null,
                        new DivertTarget(DivertTargetKind.COLLEAGUE, "emp-away-x")));
        heartbeats(watermarks, STATUSES, past(point));
        runDecisions(decisions);

        for (String[] t : new String[][] { { "away-short-1", "emp-away-3" }, { "away-short-2", "emp-away-4" },
                { "away-short-3", "emp-away-5" } }) {
            String taskId = taskIdFor(t[0]);
            assertThat(awaitTask(taskId, x -> true).getString("employeeId")).isEqualTo(t[1]);
            completeByHand(taskId);
            assertThat(countOf(taskEvents(taskId, rs -> countOf(rs, EventType.CALLBACK_COMPLETED) >= 1),
                    EventType.CALLBACK_REASSIGNED)).as(t[0]).isZero();
        }
    }

    @Test
    void awayWithoutAColleagueTheTaskGoesToTheUnitsManagerWhoseDeadlineDecisionNamesThem() {
        sendAndAwaitApplied(db, unit("unit-away-mgr", null, "mgr-away", false), employee("mgr-away", "unit-away-mgr"));
        sendAndAwaitApplied(db, new VoicemailLeft("away-manager-1", "emp-away-6", null, "+46705550306", left, 20),
                // on vacation, calls to voicemail: no colleague; the absence names the unit
                status("emp-away-6", "unit-away-mgr", PresenceStatus.VACATION, at(week, MONDAY, "12:00"),
                        at(week.plusWeeks(1), MONDAY, "08:00"), new DivertTarget(DivertTargetKind.VOICEMAIL, null)));
        String taskId = taskIdFor("away-manager-1");
        heartbeats(watermarks, STATUSES, past(point));
        awaitTask(taskId, t -> "mgr-away".equals(t.getString("employeeId")));
        // the manager does not call back by the due time: the OVERDUE names them, who held the task then, and (as
        // CallbackDueSoon does) the assignee's unit in the directory
        heartbeats(watermarks, Topic.PBX_CALLS.topicName(), past(due));
        List<ConsumerRecord<String, String>> events = taskEvents(taskId,
                rs -> countOf(rs, EventType.CALLBACK_DEADLINE_DECIDED) >= 1);
        assertThat(countOf(events, EventType.CALLBACK_REASSIGNED)).isEqualTo(1);
        assertThat(reassigned(events).fromEmployeeId()).isEqualTo("emp-away-6");
        assertThat(reassigned(events).toEmployeeId()).isEqualTo("mgr-away");
        assertThat(reassigned(events).unitId()).isEqualTo("unit-away-mgr");
        CallbackDeadlineDecided overdue = decisions(events).get(0);
        assertThat(overdue.verdict()).isEqualTo(DeadlineVerdict.OVERDUE);
        assertThat(overdue.assigneeEmployeeId()).isEqualTo("mgr-away");
        assertThat(overdue.unitId()).isEqualTo("unit-away-mgr");
    }

    @Test
    void theOfficerATaskMovedAwayFromStillKeepsItWhenBackEarlierAndCallingBack() {
        sendAndAwaitApplied(db, new VoicemailLeft("away-back-1", "emp-away-7", null, "+46705550307", left, 20),
                status("emp-away-7", "unit-away", PresenceStatus.SICK, at(week, MONDAY, "11:00"), null,
                        new DivertTarget(DivertTargetKind.COLLEAGUE, "emp-away-8")));
        String taskId = taskIdFor("away-back-1");
        heartbeats(watermarks, STATUSES, past(point));
        awaitTask(taskId, t -> "emp-away-8".equals(t.getString("employeeId")));
        Instant callBack = at(week, WEDNESDAY, "16:00");
        KafkaTestClient.sendEvent(new OutboundCallPlaced("away-back-call", "emp-away-7", "+46705550307", callBack, true,
                60));
        awaitTask(taskId, t -> "COMPLETED".equals(t.getString("status")));
        heartbeats(watermarks, Topic.PBX_CALLS.topicName(), past(due));
        List<CallbackDeadlineDecided> decided = decisions(taskEvents(taskId,
                rs -> countOf(rs, EventType.CALLBACK_DEADLINE_DECIDED) >= 1));
        assertThat(decided).singleElement().satisfies(d -> {
            assertThat(d.verdict()).isEqualTo(DeadlineVerdict.MET);
            assertThat(d.firstAttemptAt()).isEqualTo(callBack);
            assertThat(d.assigneeEmployeeId()).isEqualTo("emp-away-8");
        });
    }

    @Test
    void awayWithNeitherAColleagueNorAManagerTheTaskStaysAndIsCounted() {
        // a unit without a manager, at the top of the tree
        sendAndAwaitApplied(db, unit("unit-away-headless", null, null, false));
        sendAndAwaitApplied(db, new VoicemailLeft("away-queue-1", "emp-away-9", null, "+46705550309", left, 20),
                status("emp-away-9", "unit-away-headless", PresenceStatus.VACATION, at(week, MONDAY, "12:00"),
                        at(week.plusWeeks(1), MONDAY, "08:00"), new DivertTarget(DivertTargetKind.VOICEMAIL, null)));
        String taskId = taskIdFor("away-queue-1");
        double before = leftCount();
        heartbeats(watermarks, STATUSES, past(point));
        runDecisions(decisions);

        assertThat(leftCount()).isEqualTo(before + 1);
        JsonPath task = awaitTask(taskId, t -> true);
        assertThat(task.getString("employeeId")).isEqualTo("emp-away-9");
        assertThat(Instant.parse(task.getString("dueAt"))).isEqualTo(due);
        // checked once: later rounds count nothing more
        runDecisions(decisions);
        assertThat(leftCount()).isEqualTo(before + 1);
    }

    private static CallbackReassigned reassigned(List<ConsumerRecord<String, String>> events) {
        return EventJson.fromJson(EventType.CALLBACK_REASSIGNED, events.stream()
                .filter(r -> isType(r, EventType.CALLBACK_REASSIGNED)).findFirst().orElseThrow().value());
    }

    private static void completeByHand(String taskId) {
        given().auth().oauth2(TestTokens.admin()).contentType("application/json").body("{\"outcome\":\"NOT_NEEDED\"}")
                .post("/api/v1/callbacks/" + taskId + "/complete").then().statusCode(200);
    }

    private double leftCount() {
        var counter = metrics.find("telefonpolicy.callback.reassignment.left").tag("reason", "no_one_to_take_it")
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
