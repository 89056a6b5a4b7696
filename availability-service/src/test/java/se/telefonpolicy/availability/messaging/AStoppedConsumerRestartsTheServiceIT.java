package se.telefonpolicy.availability.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.availability.PresenceStatus;
import se.telefonpolicy.contracts.pbx.PbxStatusChanged;
import se.telefonpolicy.platform.messaging.ChannelWatchdog;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.PackagedService;
import se.telefonpolicy.testsupport.SharedInfrastructure;

/**
 * The packaged service, whose batch cannot finish: a lock on the inbox holds it longer than SmallRye waits for an
 * acknowledgement (5 s here), so SmallRye marks the channel failed and it never consumes again in that process. The
 * service then goes unready and exits with {@link ChannelWatchdog#EXIT_CODE}; started again, as compose or
 * Kubernetes would, it applies every record once.
 */
class AStoppedConsumerRestartsTheServiceIT {

    private static final int RECORDS = 5;
    /** Small limits so the failure comes in seconds; they keep the relations ConsumerLimits checks. */
    private static final Map<String, String> CONFIG = Map.of(
            "telefonpolicy.messaging.transaction-timeout", "1s",
            "mp.messaging.connector.smallrye-kafka.throttled.unprocessed-record-max-age.ms", "5000",
            "telefonpolicy.messaging.exit-after", "PT5S");

    private final String database = PackagedService.createDatabase("availability");
    private PackagedService instance;

    @AfterEach
    void stop() {
        if (instance != null) {
            instance.close();
        }
        PackagedService.dropDatabase(database);
    }

    @Test
    void aConsumerThatSmallRyeGaveUpOnMakesTheServiceUnreadyAndExitAndItsRestartAppliesEveryRecordOnce() throws Exception {
        instance = PackagedService.start(Path.of("."), database, CONFIG);
        var postgres = SharedInfrastructure.get().postgres();
        try (Connection lock = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.user(), postgres.password())) {
            lock.setAutoCommit(false);
            try (Statement s = lock.createStatement()) {
                s.execute("LOCK TABLE inbox_message IN ACCESS EXCLUSIVE MODE");
            }
            Instant at = Instant.parse("2026-12-01T12:00:00Z");
            IntStream.rangeClosed(1, RECORDS).forEach(i -> KafkaTestClient.sendEvent(new PbxStatusChanged("emp-restart-" + i,
                    PresenceStatus.MEETING, at.plusSeconds(i), at.plusSeconds(3600), null, null, null)));

            await("readiness DOWN").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> instance.readiness() == 503);
            assertThat(instance.awaitExit(Duration.ofSeconds(60))).isEqualTo(ChannelWatchdog.EXIT_CODE);
            lock.rollback();
        }
        assertThat(Files.readString(instance.log())).contains("stopped consuming");

        instance = PackagedService.start(Path.of("."), database, CONFIG);

        List<ConsumerRecord<String, String>> published = KafkaTestClient.readUntil(Topic.AVAILABILITY_STATUS.topicName(),
                rs -> statusChangesPerEmployee(rs).size() == RECORDS, Duration.ofSeconds(60));
        assertThat(statusChangesPerEmployee(published)).hasSize(RECORDS);
        assertThat(statusChangesPerEmployee(KafkaTestClient.readAll(Topic.AVAILABILITY_STATUS.topicName())).values())
                .containsOnly(1L);
    }

    private static Map<String, Long> statusChangesPerEmployee(List<ConsumerRecord<String, String>> records) {
        return records.stream()
                .filter(r -> r.key() != null && r.key().startsWith("emp-restart-"))
                .filter(r -> EventType.STATUS_CHANGED.ceType().equals(KafkaTestClient.header(r, EventEnvelope.HEADER_TYPE)))
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
    }
}
