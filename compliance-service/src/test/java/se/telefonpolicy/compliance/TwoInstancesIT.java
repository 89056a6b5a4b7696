package se.telefonpolicy.compliance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.availability.DiversionViolated;
import se.telefonpolicy.contracts.availability.PresenceStatus;
import se.telefonpolicy.contracts.availability.ServiceDeskUnstaffed;
import se.telefonpolicy.contracts.callback.CallbackCreated;
import se.telefonpolicy.contracts.callback.CallbackDeadlineDecided;
import se.telefonpolicy.contracts.callback.CallbackOrigin;
import se.telefonpolicy.contracts.callback.DeadlineVerdict;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.contracts.compliance.SlaBreached;
import se.telefonpolicy.contracts.directory.EmployeeSnapshot;
import se.telefonpolicy.contracts.directory.Greeting;
import se.telefonpolicy.contracts.directory.PhoneNumber;
import se.telefonpolicy.contracts.directory.PhoneNumberKind;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.PackagedService;
import se.telefonpolicy.testsupport.SharedInfrastructure;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * Acceptance 2: two instances of the packaged service against one broker and one database, both sweeping the
 * directory every 2 s with the real clock. The owners' decisions are read by whichever instance holds their
 * partition, each of them delivered twice (under two ce_ids), and a directory problem is found by whichever instance
 * sweeps first: every breach is published on compliance.breaches.v1 exactly once, recorded in one row, as the pure
 * function of its decision (id, times, unit, manager), and within a minute of the decision being sent.
 */
class TwoInstancesIT {

    private static final int OVERDUE = 30;
    private static final int MET = 10;
    private static final int DIVERSIONS = 5;
    /** The overdue tasks, the diversions, one unstaffed desk, one employee with voicemail off. */
    private static final int EXPECTED = OVERDUE + DIVERSIONS + 1 + 1;

    @Test
    void everyBreachIsPublishedAndStoredExactlyOnce() throws Exception {
        String run = "ti" + UUID.randomUUID().toString().substring(0, 6);
        String unit = run + "-unit";
        String db = PackagedService.createDatabase("compliance");
        Map<String, String> config = Map.of("telefonpolicy.compliance.sweep-every", "2s",
                "telefonpolicy.compliance.metrics-every", "5s");
        try (PackagedService a = PackagedService.launch(Path.of("."), db, config);
                PackagedService b = PackagedService.launch(Path.of("."), db, config)) {
            a.awaitReady();
            b.awaitReady();
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            KafkaTestClient.sendEvent(new UnitSnapshot(unit, "Gymnasieskolan", null, run + "-chef", null, null, false, null, false,
                    now.minus(Duration.ofDays(30))));
            // voicemail off: a directory problem, found by whichever instance sweeps first
            KafkaTestClient.sendEvent(new EmployeeSnapshot(run + "-e0", null, "Olle", "Ek", null, unit, null,
                    List.of(new PhoneNumber(PhoneNumberKind.WORK, "+4622344002")), null, null, false,
                    new Greeting(now.minus(Duration.ofDays(30)), 20), List.of(), now.minus(Duration.ofDays(30)), Boolean.TRUE,
                    now.minus(Duration.ofDays(30))));
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                    .get(a.url() + "/api/v1/reports/units/" + unit).then().statusCode(200));

            Instant sent = Instant.now();
            for (int i = 0; i < OVERDUE + MET; i++) {
                String task = run + "-t" + i;
                Instant due = now.minus(Duration.ofHours(1)).minusSeconds(i);
                KafkaTestClient.sendEvent(new CallbackCreated(task, CallbackOrigin.VOICEMAIL, RuleId.CALLBACK_2WD, unit,
                        run + "-e" + (i % 3), run + "-call" + i, null, now.minus(Duration.ofDays(3)), due));
                twice(i < OVERDUE
                        ? new CallbackDeadlineDecided(task, RuleId.CALLBACK_2WD, DeadlineVerdict.OVERDUE, run + "-e" + (i % 3),
                                unit, null, due, null)
                        : new CallbackDeadlineDecided(task, RuleId.CALLBACK_2WD, DeadlineVerdict.MET, run + "-e" + (i % 3),
                                unit, null, due, due.minus(Duration.ofHours(2))));
            }
            for (int i = 0; i < DIVERSIONS; i++) {
                Instant since = now.minusSeconds(300 + i);
                twice(new DiversionViolated(run + "-d" + i, RuleId.DIVERSION_RETURN_TIME, run + "-e" + i, unit,
                        PresenceStatus.MEETING, since, null, since));
            }
            Instant gapStart = now.minus(Duration.ofMinutes(10));
            twice(new ServiceDeskUnstaffed(run + "-g1", unit, gapStart, gapStart.plus(Duration.ofMinutes(5)), 0, 1));

            List<SlaBreached> breaches = awaitBreaches(unit, EXPECTED);
            assertThat(Duration.between(sent, Instant.now())).as("published within a minute of the decisions")
                    .isLessThanOrEqualTo(Duration.ofSeconds(60));
            // a would-be duplicate has had time to arrive: both instances read and swept several times since
            breaches = ofUnit(KafkaTestClient.readUntil(Topic.COMPLIANCE_BREACHES.topicName(), rs -> false,
                    Duration.ofSeconds(8)), unit);

            Map<String, Long> perSubject = breaches.stream()
                    .collect(Collectors.groupingBy(br -> br.ruleId() + "/" + br.subjectId() + "/" + br.breachId(), Collectors.counting()));
            assertThat(breaches).hasSize(EXPECTED);
            assertThat(perSubject).hasSize(EXPECTED).allSatisfy((subject, count) -> assertThat(count).as(subject).isEqualTo(1L));
            Map<RuleId, Long> byRule = breaches.stream().collect(Collectors.groupingBy(SlaBreached::ruleId, Collectors.counting()));
            assertThat(byRule).containsEntry(RuleId.CALLBACK_2WD, (long) OVERDUE)
                    .containsEntry(RuleId.DIVERSION_RETURN_TIME, (long) DIVERSIONS)
                    .containsEntry(RuleId.SERVICE_DESK_STAFFED, 1L)
                    .containsEntry(RuleId.VOICEMAIL_ENABLED, 1L);
            // whichever instance read it: the decision's own id and time, never the reading instance's clock
            Map<String, SlaBreached> byTask = breaches.stream().filter(br -> br.ruleId() == RuleId.CALLBACK_2WD)
                    .collect(Collectors.toMap(SlaBreached::subjectId, Function.identity()));
            assertThat(byTask).doesNotContainKeys(IntStream.range(OVERDUE, OVERDUE + MET)
                    .mapToObj(i -> run + "-t" + i).toArray(String[]::new));
            for (int i = 0; i < OVERDUE; i++) {
                SlaBreached task = byTask.get(run + "-t" + i);
                Instant due = now.minus(Duration.ofHours(1)).minusSeconds(i);
                assertThat(task.breachId()).isEqualTo(nameUuid("CALLBACK_2WD/" + run + "-t" + i));
                assertThat(task.dueAt()).isEqualTo(due);
                assertThat(task.detectedAt()).isEqualTo(due);
            }
            breaches.stream().filter(br -> br.ruleId() == RuleId.DIVERSION_RETURN_TIME).forEach(br -> assertThat(br.detectedAt())
                    .isEqualTo(now.minusSeconds(300 + Integer.parseInt(br.subjectId().substring((run + "-e").length())))));
            assertThat(breaches).allSatisfy(br -> assertThat(br.managerEmployeeId()).isEqualTo(run + "-chef"));

            try (Connection c = DriverManager.getConnection(SharedInfrastructure.get().postgres().jdbcUrl(db),
                    SharedInfrastructure.get().postgres().user(), SharedInfrastructure.get().postgres().password());
                    ResultSet rs = c.createStatement().executeQuery(
                            "SELECT count(*), count(DISTINCT (rule_id, subject_key)) FROM breach WHERE unit_id = '" + unit + "'")) {
                rs.next();
                assertThat(rs.getLong(1)).as("one row per breach").isEqualTo(EXPECTED);
                assertThat(rs.getLong(2)).isEqualTo(EXPECTED);
            }
            // both instances answer, from the one database: the decisions are the report's too
            for (PackagedService instance : List.of(a, b)) {
                given().auth().oauth2(TestTokens.admin()).get(instance.url() + "/api/v1/units/" + unit + "/open-callbacks")
                        .then().statusCode(200).body("open", equalTo(OVERDUE + MET)).body("overdue", equalTo(OVERDUE));
            }
        } finally {
            PackagedService.dropDatabase(db);
        }
    }

    /** The decision, and the same again under a new ce_id (a producer that retried without its outbox). */
    private static void twice(DomainEvent decision) {
        KafkaTestClient.sendEvent(decision);
        KafkaTestClient.sendEvent(decision);
    }

    private static List<SlaBreached> awaitBreaches(String unit, int expected) {
        return ofUnit(KafkaTestClient.readUntil(Topic.COMPLIANCE_BREACHES.topicName(), rs -> ofUnit(rs, unit).size() >= expected,
                Duration.ofSeconds(60)), unit);
    }

    private static List<SlaBreached> ofUnit(List<ConsumerRecord<String, String>> records, String unit) {
        return records.stream().filter(r -> unit.equals(r.key()))
                .map(r -> (SlaBreached) EventJson.fromJson(EventType.SLA_BREACHED, r.value())).toList();
    }

    private static String nameUuid(String ruleAndKey) {
        return UUID.nameUUIDFromBytes(ruleAndKey.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
