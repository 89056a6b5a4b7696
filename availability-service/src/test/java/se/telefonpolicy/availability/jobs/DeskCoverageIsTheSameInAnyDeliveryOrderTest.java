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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.telefonpolicy.availability.PresenceEventTime;
import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.availability.CoverageGapEnded;
import se.telefonpolicy.contracts.availability.CoverageGapStarted;
import se.telefonpolicy.contracts.availability.PresenceStatus;
import se.telefonpolicy.contracts.availability.ServiceDeskUnstaffed;
import se.telefonpolicy.contracts.directory.EmployeeSnapshot;
import se.telefonpolicy.contracts.directory.OpeningHours;
import se.telefonpolicy.contracts.directory.ServiceDesk;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.contracts.pbx.PbxStatusChanged;
import se.telefonpolicy.platform.watermark.Watermarks;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * Issue 16, order-independent desk coverage: one desk (minimum 2, open 08:00–16:00, grace 5 min), its three
 * members' PBX changes for one day played twice, on two working days, in two delivery orders that keep each
 * person's order: partition after partition (one member's whole day before the next member's morning, the
 * order that lost or stretched gaps before), and then all partitions in step with the watermark moving and the
 * desk evaluated after every step. Both days give the same gaps, the same figures and the same events on
 * availability.coverage.v1, and they are the ones worked out by hand below.
 */
@QuarkusTest
class DeskCoverageIsTheSameInAnyDeliveryOrderTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant UPDATED = Instant.parse("2026-11-01T08:00:00Z");

    /** The gaps of the day, by hand: local start, local end, seconds, breach. */
    private static final List<String> GAPS = List.of("08:00-08:03 180 false", "10:00-10:20 1200 true",
            "13:01-13:02 60 false", "15:50-16:00 600 true");
    /** The desk's events of the day, in order: type, local times, count or end reason. */
    private static final List<String> EVENTS = List.of(
            "started 08:00 1", "ended 08:00-08:03 STAFFED",
            "started 10:00 1", "unstaffed 10:00 breached 10:05 1", "ended 10:00-10:20 STAFFED",
            "started 13:01 1", "ended 13:01-13:02 STAFFED",
            "started 15:50 1", "unstaffed 15:50 breached 15:55 1", "ended 15:50-16:00 CLOSED");

    @Inject
    Watermarks watermarks;

    @Inject
    WorkingCalendar calendar;

    @Inject
    CoverageCheck coverageCheck;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String unitId = "unit-order-" + run;
    private final List<String> members = List.of("order-m1-" + run, "order-m2-" + run, "order-m3-" + run);

    private static Instant at(LocalDate day, String localTime) {
        return ZonedDateTime.of(day, LocalTime.parse(localTime), PresenceEventTime.STOCKHOLM).toInstant();
    }

    private static String local(Instant instant) {
        return LocalTime.ofInstant(instant, PresenceEventTime.STOCKHOLM).toString();
    }

    /** The day's changes of the three members; same-instant changes of two people at 10:00 and 15:50. */
    private List<PbxStatusChanged> day(LocalDate day, LocalDate next) {
        String m1 = members.get(0);
        String m2 = members.get(1);
        String m3 = members.get(2);
        return List.of(
                available(m1, at(day, "07:50")),
                available(m2, at(day, "08:03")),
                available(m3, at(day, "08:30")),
                away(m1, PresenceStatus.LUNCH, at(day, "10:00"), at(day, "10:30")),
                away(m2, PresenceStatus.MEETING, at(day, "10:00"), at(day, "10:20")),
                away(m3, PresenceStatus.BREAK, at(day, "10:02"), at(day, "10:10")),
                available(m3, at(day, "10:10")),
                available(m2, at(day, "10:20")),
                available(m1, at(day, "10:30")),
                away(m1, PresenceStatus.MEETING, at(day, "13:00"), at(day, "13:02")),
                away(m2, PresenceStatus.BREAK, at(day, "13:01"), at(day, "13:04")),
                available(m1, at(day, "13:02")),
                available(m2, at(day, "13:04")),
                away(m2, PresenceStatus.OFF_DUTY, at(day, "15:50"), at(next, "09:00")),
                away(m3, PresenceStatus.OFF_DUTY, at(day, "15:50"), at(next, "09:00")),
                away(m1, PresenceStatus.OFF_DUTY, at(day, "16:10"), at(next, "09:00")));
    }

    @Test
    void twoDeliveryOrdersOfTheSameChangesGiveTheSameGapsAndTheSameEvents() {
        LocalDate first = PresenceEventTime.freshWorkingDay(watermarks, calendar);
        LocalDate second = calendar.nextWorkingDay(first);
        List<OpeningHours> weekdays = Arrays.stream(DayOfWeek.values()).filter(d -> d.getValue() <= 5)
                .map(d -> new OpeningHours(d, LocalTime.of(8, 0), LocalTime.of(16, 0))).toList();
        KafkaTestClient.sendEvent(new UnitSnapshot(unitId, "Kontaktcenter", null, null, null, null, true,
                new ServiceDesk(weekdays, List.of(), 2), false, UPDATED));
        for (String member : members) {
            KafkaTestClient.sendEvent(new EmployeeSnapshot(member, null, "Anna", "Ek", null, unitId, null, List.of(), null,
                    null, true, null, List.of(), null, true, UPDATED));
        }
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.switchboard("emp-vaxel"))
                .get("/api/v1/units/" + unitId + "/availability").then().statusCode(200).body("others", hasSize(3)));
        // and the desk, from its own topic: a desk read after the watermark moved is judged only from then on
        await().atMost(WAIT).untilAsserted(() -> coverage(first));
        PresenceEventTime.heartbeats(at(first, "06:00"), p -> true);

        // first day: partition after partition, highest first, each to the end of the day before the next begins
        List<PbxStatusChanged> firstDay = day(first, second);
        Instant endOfFirst = at(first, "16:32");
        for (int p = PresenceEventTime.partitions() - 1; p >= 0; p--) {
            int partition = p;
            firstDay.stream().filter(c -> PresenceEventTime.partitionOf(c.employeeId()) == partition)
                    .forEach(PresenceEventTime::send);
            PresenceEventTime.heartbeats(endOfFirst, q -> q == partition);
            coverageCheck.tick();
        }
        awaitEvaluatedUntil(first, at(first, "16:30"));

        // second day: every partition in step, the desk evaluated at every step; same instants in reverse id order
        TreeMap<Instant, List<PbxStatusChanged>> steps = new TreeMap<>();
        day(second, calendar.nextWorkingDay(second)).forEach(c -> steps.computeIfAbsent(c.changedAt(), t -> new ArrayList<>()).add(c));
        for (Map.Entry<Instant, List<PbxStatusChanged>> step : steps.entrySet()) {
            step.getValue().stream().sorted(Comparator.comparing(PbxStatusChanged::employeeId).reversed())
                    .forEach(PresenceEventTime::send);
            PresenceEventTime.heartbeats(step.getKey(), p -> true);
            PresenceEventTime.awaitRead(watermarks, p -> true, step.getKey());
            coverageCheck.tick();
        }
        PresenceEventTime.heartbeats(at(second, "16:32"), p -> true);
        awaitEvaluatedUntil(second, at(second, "16:30"));

        for (LocalDate day : List.of(first, second)) {
            JsonPath coverage = coverage(day).extract().jsonPath();
            assertThat(coverage.getLong("openSeconds")).as(day.toString()).isEqualTo(8 * 3600);
            assertThat(coverage.getLong("coveredSeconds")).as(day.toString()).isEqualTo(8 * 3600 - 2040);
            List<String> gaps = IntStream.range(0, coverage.getList("gaps").size())
                    .mapToObj(i -> local(Instant.parse(coverage.getString("gaps[" + i + "].start"))) + "-"
                            + local(Instant.parse(coverage.getString("gaps[" + i + "].end"))) + " "
                            + coverage.getLong("gaps[" + i + "].seconds") + " " + coverage.getBoolean("gaps[" + i + "].breach"))
                    .toList();
            assertThat(gaps).as(day.toString()).isEqualTo(GAPS);
        }

        List<DomainEvent> events = KafkaTestClient.readUntil(Topic.AVAILABILITY_COVERAGE.topicName(),
                rs -> rs.stream().filter(r -> unitId.equals(r.key())).count() >= 2L * EVENTS.size(), WAIT).stream()
                .filter(r -> unitId.equals(r.key())).map(DeskCoverageIsTheSameInAnyDeliveryOrderTest::event).toList();
        assertThat(events).hasSize(2 * EVENTS.size());
        assertThat(events.subList(0, EVENTS.size())).extracting(this::describe).isEqualTo(EVENTS);
        assertThat(events.subList(EVENTS.size(), events.size())).extracting(this::describe).isEqualTo(EVENTS);
        assertThat(events).allSatisfy(e -> assertThat(e.subject()).isEqualTo(CoverageCheck.gapId(unitId, startOf(e))));
        assertThat(events.subList(0, EVENTS.size())).allSatisfy(e -> assertThat(day(startOf(e))).isEqualTo(first));
    }

    private void awaitEvaluatedUntil(LocalDate day, Instant until) {
        await().atMost(WAIT).untilAsserted(() -> coverage(day).body("evaluatedUntil", equalTo(until.toString())));
    }

    private io.restassured.response.ValidatableResponse coverage(LocalDate day) {
        return given().auth().oauth2(TestTokens.admin()).get("/api/v1/units/" + unitId + "/coverage?date=" + day).then()
                .statusCode(200);
    }

    private static DomainEvent event(ConsumerRecord<String, String> r) {
        String type = KafkaTestClient.header(r, EventEnvelope.HEADER_TYPE);
        return Arrays.stream(EventType.values()).filter(t -> t.ceType().equals(type)).findFirst()
                .map(t -> (DomainEvent) EventJson.fromJson(t, r.value()))
                .orElseThrow(() -> new AssertionError("unexpected " + type));
    }

    private String describe(DomainEvent e) {
        if (e instanceof CoverageGapStarted s) {
            return "started " + local(s.startedAt()) + " " + s.availableCount();
        }
        if (e instanceof ServiceDeskUnstaffed u) {
            return "unstaffed " + local(u.startedAt()) + " breached " + local(u.breachedAt()) + " " + u.availableCount();
        }
        CoverageGapEnded ended = (CoverageGapEnded) e;
        return "ended " + local(ended.startedAt()) + "-" + local(ended.endedAt()) + " " + ended.reason();
    }

    private static Instant startOf(DomainEvent e) {
        if (e instanceof CoverageGapStarted s) {
            return s.startedAt();
        }
        if (e instanceof ServiceDeskUnstaffed u) {
            return u.startedAt();
        }
        return ((CoverageGapEnded) e).startedAt();
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, PresenceEventTime.STOCKHOLM);
    }

    private static PbxStatusChanged available(String employeeId, Instant at) {
        return new PbxStatusChanged(employeeId, PresenceStatus.AVAILABLE, at, null, null, null, "1");
    }

    private static PbxStatusChanged away(String employeeId, PresenceStatus status, Instant at, Instant back) {
        return new PbxStatusChanged(employeeId, status, at, back, null, null, "2");
    }
}
