package se.telefonpolicy.callback.messaging;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static se.telefonpolicy.callback.CallbackTestSupport.awaitTask;
import static se.telefonpolicy.callback.CallbackTestSupport.countOf;
import static se.telefonpolicy.callback.CallbackTestSupport.isType;
import static se.telefonpolicy.callback.CallbackTestSupport.taskEvents;
import static se.telefonpolicy.callback.CallbackTestSupport.taskIdFor;
import static se.telefonpolicy.callback.EventTimeSupport.at;
import static se.telefonpolicy.callback.EventTimeSupport.heartbeats;
import static se.telefonpolicy.callback.EventTimeSupport.past;
import static se.telefonpolicy.callback.EventTimeSupport.runDecisions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.callback.EventTimeSupport;
import se.telefonpolicy.callback.jobs.EventTimeDecisions;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.callback.CallbackDueSoon;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.contracts.pbx.OutboundCallPlaced;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.platform.watermark.Watermarks;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestClock;

/**
 * CallbackDueSoon on event time, through the outbox: once the calls' watermark passes the due-soon point (under four
 * working hours left), dated there, for a task nobody called back by then; never by the wall clock.
 */
@QuarkusTest
class DueSoonWarningTest {

    @Inject
    TestClock clock;

    @Inject
    DataSource db;

    @Inject
    Watermarks watermarks;

    @Inject
    EventTimeDecisions decisions;

    @AfterEach
    void wallClock() {
        clock.reset();
    }

    @Test
    void anUncalledTaskIsWarnedOnceAtItsDueSoonPointACalledOneNever() {
        LocalDate week = EventTimeSupport.freshWeek(db);
        Instant monday = at(week, MONDAY, "10:00"); // due Wednesday 17:00; due soon from Wednesday 13:00
        Instant point = at(week, WEDNESDAY, "13:00");
        KafkaTestClient.sendEvent(new VoicemailLeft("soon-vm", "emp-soon", null, "+46705550701", monday, 10));
        KafkaTestClient.sendEvent(new VoicemailLeft("soon-called", "emp-soon", null, "+46705550702", monday, 10));
        KafkaTestClient.sendEvent(new OutboundCallPlaced("soon-out", "emp-soon", "+46705550702",
                at(week, TUESDAY, "09:00"), false, 0));
        String taskId = taskIdFor("soon-vm");
        String calledId = taskIdFor("soon-called");
        awaitTask(taskId, t -> true);
        awaitTask(calledId, t -> t.get("firstAttemptAt") != null);

        // the wall clock past the point changes nothing: the calls have been read only up to just before it
        clock.set(at(week, WEDNESDAY, "15:00"));
        heartbeats(watermarks, Topic.AVAILABILITY_STATUS.topicName(), past(point));
        heartbeats(watermarks, Topic.PBX_CALLS.topicName(), point);
        runDecisions(decisions);
        // other classes' tasks may be warned by now; this one's warning is still to be decided
        assertThat(EventTimeSupport.isPending(db, taskId, "DUE_SOON")).isTrue();

        heartbeats(watermarks, Topic.PBX_CALLS.topicName(), past(point));
        runDecisions(decisions);
        runDecisions(decisions);
        assertThat(EventTimeSupport.isPending(db, taskId, "DUE_SOON")).isFalse();

        var events = taskEvents(taskId, rs -> countOf(rs, EventType.CALLBACK_DUE_SOON) >= 1);
        assertThat(countOf(events, EventType.CALLBACK_DUE_SOON)).isEqualTo(1);
        CallbackDueSoon warning = EventJson.fromJson(EventType.CALLBACK_DUE_SOON,
                events.stream().filter(r -> isType(r, EventType.CALLBACK_DUE_SOON)).findFirst().orElseThrow().value());
        assertThat(warning.warnedAt()).isEqualTo(point);
        assertThat(warning.dueAt()).isEqualTo(at(week, WEDNESDAY, "17:00"));
        assertThat(warning.assigneeEmployeeId()).isEqualTo("emp-soon");
        assertThat(warning.ruleId()).isEqualTo(RuleId.CALLBACK_2WD);
        // a warning for the called task would have been published with the one above: read up to that one
        var all = KafkaTestClient.readUntil(Topic.CALLBACK_TASKS.topicName(), rs -> rs.stream()
                .anyMatch(r -> taskId.equals(r.key()) && isType(r, EventType.CALLBACK_DUE_SOON)), Duration.ofSeconds(20));
        assertThat(all).noneMatch(r -> calledId.equals(r.key()) && isType(r, EventType.CALLBACK_DUE_SOON));
    }
}
