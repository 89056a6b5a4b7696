package se.telefonpolicy.compliance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.availability.CoverageGapStarted;
import se.telefonpolicy.contracts.availability.PresenceSource;
import se.telefonpolicy.contracts.availability.PresenceStatus;
import se.telefonpolicy.contracts.availability.StatusChanged;
import se.telefonpolicy.contracts.callback.CallbackCreated;
import se.telefonpolicy.contracts.callback.CallbackOrigin;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.contracts.compliance.SlaBreached;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.PackagedService;
import se.telefonpolicy.testsupport.SharedInfrastructure;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * Acceptance 2: two instances of the packaged service against one broker and one database, both
 * sweeping every 2 s with the real clock. Every breach is published on compliance.breaches.v1 exactly
 * once and recorded in one row, whichever instance consumed its events or swept first; breaches that
 * fall due while both run are detected within a minute.
 */
class TwoInstancesIT {

    private static final int PAST_DUE = 20;
    private static final int SOON_DUE = 10;
    private static final int DIVERSIONS = 5;
    private static final int EXPECTED = PAST_DUE + SOON_DUE + DIVERSIONS + 1;

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
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(TestTokens.admin())
                    .get(a.url() + "/api/v1/reports/units/" + unit).then().statusCode(200));
            // due a minute ago, and due in 10 s (detected by whichever instance sweeps after that)
            for (int i = 0; i < PAST_DUE + SOON_DUE; i++) {
                Instant due = i < PAST_DUE ? now.minusSeconds(60) : now.plusSeconds(10);
                KafkaTestClient.sendEvent(new CallbackCreated(run + "-t" + i, CallbackOrigin.VOICEMAIL, RuleId.CALLBACK_2WD, unit,
                        run + "-e" + (i % 3), run + "-call" + i, null, now.minus(Duration.ofDays(3)), due));
            }
            for (int i = 0; i < DIVERSIONS; i++) {
                KafkaTestClient.sendEvent(new StatusChanged(run + "-e" + i, unit, PresenceStatus.MEETING, null, PresenceSource.PBX,
                        now.minusSeconds(300), null, null, null));
            }
            KafkaTestClient.sendEvent(new CoverageGapStarted(run + "-g1", unit, now.minus(Duration.ofMinutes(10)), 0, 1));

            List<SlaBreached> breaches = awaitBreaches(unit, EXPECTED);
            // a would-be duplicate has had time to arrive: both instances swept several times since
            List<ConsumerRecord<String, String>> settled = KafkaTestClient.readUntil(Topic.COMPLIANCE_BREACHES.topicName(),
                    rs -> false, Duration.ofSeconds(8));
            breaches = ofUnit(settled, unit);

            Map<String, Long> perSubject = breaches.stream()
                    .collect(Collectors.groupingBy(br -> br.ruleId() + "/" + br.subjectId() + "/" + br.breachId(), Collectors.counting()));
            assertThat(breaches).hasSize(EXPECTED);
            assertThat(perSubject).hasSize(EXPECTED).allSatisfy((subject, count) -> assertThat(count).as(subject).isEqualTo(1L));
            Map<RuleId, Long> byRule = breaches.stream().collect(Collectors.groupingBy(SlaBreached::ruleId, Collectors.counting()));
            assertThat(byRule).containsEntry(RuleId.CALLBACK_2WD, (long) PAST_DUE + SOON_DUE)
                    .containsEntry(RuleId.DIVERSION_RETURN_TIME, (long) DIVERSIONS)
                    .containsEntry(RuleId.SERVICE_DESK_STAFFED, 1L);
            Map<String, SlaBreached> byTask = breaches.stream().filter(br -> br.ruleId() == RuleId.CALLBACK_2WD)
                    .collect(Collectors.toMap(SlaBreached::subjectId, Function.identity()));
            for (int i = PAST_DUE; i < PAST_DUE + SOON_DUE; i++) {
                SlaBreached soon = byTask.get(run + "-t" + i);
                assertThat(Duration.between(soon.dueAt(), soon.detectedAt())).as("detected within a minute of its due time")
                        .isBetween(Duration.ZERO, Duration.ofSeconds(60));
            }
            assertThat(breaches).allSatisfy(br -> assertThat(br.managerEmployeeId()).isEqualTo(run + "-chef"));

            try (Connection c = DriverManager.getConnection(SharedInfrastructure.get().postgres().jdbcUrl(db),
                    SharedInfrastructure.get().postgres().user(), SharedInfrastructure.get().postgres().password());
                    ResultSet rs = c.createStatement().executeQuery(
                            "SELECT count(*), count(DISTINCT (rule_id, subject_key)) FROM breach WHERE unit_id = '" + unit + "'")) {
                rs.next();
                assertThat(rs.getLong(1)).as("one row per breach").isEqualTo(EXPECTED);
                assertThat(rs.getLong(2)).isEqualTo(EXPECTED);
            }
            // both instances answer, from the one database
            for (PackagedService instance : List.of(a, b)) {
                given().auth().oauth2(TestTokens.admin()).get(instance.url() + "/api/v1/reports/units/" + unit)
                        .then().statusCode(200);
            }
        } finally {
            PackagedService.dropDatabase(db);
        }
    }

    private static List<SlaBreached> awaitBreaches(String unit, int expected) {
        return ofUnit(KafkaTestClient.readUntil(Topic.COMPLIANCE_BREACHES.topicName(), rs -> ofUnit(rs, unit).size() >= expected,
                Duration.ofSeconds(120)), unit);
    }

    private static List<SlaBreached> ofUnit(List<ConsumerRecord<String, String>> records, String unit) {
        return records.stream().filter(r -> unit.equals(r.key()))
                .map(r -> (SlaBreached) EventJson.fromJson(EventType.SLA_BREACHED, r.value())).toList();
    }
}
