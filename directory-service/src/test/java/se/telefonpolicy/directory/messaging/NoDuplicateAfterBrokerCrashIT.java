package se.telefonpolicy.directory.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.Heartbeat;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.directory.importing.HrFiles;
import se.telefonpolicy.testsupport.BrokerProcess;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.PackagedService;
import se.telefonpolicy.testsupport.SharedInfrastructure;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * The broker is killed (SIGKILL) while the outbox relay is sending an HR import's events, stays away longer than
 * the relay's old 30 s wait for acknowledgements, and comes back within the producer's delivery timeout: every event
 * is on its topic exactly once (no ce_id twice, none missing). Before the fix the relay gave up at 30 s and sent the
 * batch again while the producer still held the first sends, and both arrived. On a broker of its own: the shared
 * one serves the other tests of the JVM.
 */
class NoDuplicateAfterBrokerCrashIT {

    /** Longer than the relay's old fixed wait (30 s), shorter than the producer's delivery timeout (120 s). */
    private static final Duration OUTAGE = Duration.ofSeconds(40);
    private static final int EMPLOYEES = 3000;

    @Test
    void aBrokerKilledDuringARelayBatchLeavesEveryEventOnceOnItsTopic(@TempDir Path kafkaDir) throws Exception {
        String db = PackagedService.createDatabase("directory");
        try (BrokerProcess broker = BrokerProcess.start(kafkaDir.resolve("kafka"));
             PackagedService directory = PackagedService.start(Path.of("."), db, Map.of(
                     "kafka.bootstrap.servers", broker.bootstrapServers(),
                     "telefonpolicy.directory.sample-data.load", "true"))) {
            // the sample directory relayed first, so that what follows is the import's own batches
            await().atMost(Duration.ofMinutes(2)).until(() -> outbox(db).unpublished() == 0);
            long sample = outbox(db).published();

            HrFiles file = new HrFiles();
            for (int n = 1; n <= EMPLOYEES; n++) {
                file.line(HrFiles.row("crash-", n, "sbf-bygglov"));
            }
            given().baseUri(directory.url()).auth().oauth2(TestTokens.admin()).contentType("text/csv").body(file.bytes())
                    .post("/api/v1/import/employees").then().statusCode(202);

            // killed once the relay has published part of the import and more is waiting: a batch is on its way
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20)).until(() -> {
                Counts c = outbox(db);
                return c.published() > sample && c.unpublished() > 0;
            });
            broker.kill();
            Counts atKill = outbox(db);
            assertThat(atKill.unpublished()).as("rows left to relay when the broker died").isPositive();

            // the service rides the outage out
            await().during(OUTAGE).atMost(OUTAGE.plusSeconds(10)).until(directory::isAlive);
            broker.start();

            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() -> outbox(db).unpublished() == 0);
            Set<String> written = outboxIds(db);
            assertThat(written).hasSizeGreaterThanOrEqualTo(EMPLOYEES);

            Map<String, Long> repeatedPerTopic = new TreeMap<>();
            Set<String> onTopics = new HashSet<>();
            for (Topic topic : Topic.values()) {
                for (String name : List.of(topic.topicName(), topic.dlqName())) {
                    List<ConsumerRecord<String, String>> records = KafkaTestClient.readAll(broker.bootstrapServers(), name);
                    Map<String, Long> perId = records.stream()
                            .map(r -> KafkaTestClient.header(r, EventEnvelope.HEADER_ID))
                            .filter(id -> id != null)
                            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
                    long repeated = perId.values().stream().filter(count -> count > 1).count();
                    if (repeated > 0) {
                        repeatedPerTopic.put(name, repeated);
                    }
                    records.stream()
                            .filter(r -> !Heartbeat.CE_TYPE.equals(KafkaTestClient.header(r, EventEnvelope.HEADER_TYPE)))
                            .map(r -> KafkaTestClient.header(r, EventEnvelope.HEADER_ID))
                            .forEach(onTopics::add);
                }
            }
            assertThat(repeatedPerTopic).as("ce_ids that appear more than once, per topic").isEmpty();
            assertThat(onTopics).as("every event the outbox holds is on its topic, and nothing else").isEqualTo(written);
        } finally {
            PackagedService.dropDatabase(db);
        }
    }

    private record Counts(long published, long unpublished) {
    }

    private static Counts outbox(String db) throws SQLException {
        try (Connection c = connect(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FILTER (WHERE published_at IS NOT NULL), "
                     + "count(*) FILTER (WHERE published_at IS NULL) FROM outbox_message")) {
            rs.next();
            return new Counts(rs.getLong(1), rs.getLong(2));
        }
    }

    /** The events written: heartbeats and dead letters are deleted once sent, what is left is the service's own. */
    private static Set<String> outboxIds(String db) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = connect(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM outbox_message")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static Connection connect(String db) throws SQLException {
        var postgres = SharedInfrastructure.get().postgres();
        return DriverManager.getConnection(postgres.jdbcUrl(db), postgres.user(), postgres.password());
    }
}
