package se.telefonpolicy.compliance.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.telefonpolicy.testsupport.BrokerProcess;
import se.telefonpolicy.testsupport.PackagedService;
import se.telefonpolicy.testsupport.SharedInfrastructure;

/**
 * A service started before its database and its broker are there waits for them instead of exiting (platform's
 * shared configuration, so one service proves it for all): PostgreSQL refuses it (the database does not exist yet)
 * and Flyway logs each attempt; once the database is there it migrates and starts, not ready while the broker is
 * away, and ready once the broker is up. compliance-service because it is one of those that exited ("Acquisition
 * timeout while waiting for new connection").
 */
class WaitsForItsDatabaseAndBrokerAtStartIT {

    private static final String RETRY_LINE = "Retrying in";

    @Test
    void aServiceStartedBeforeItsDatabaseAndBrokerWaitsForThemAndComesUp(@TempDir Path dir) {
        var postgres = SharedInfrastructure.get().postgres();
        String db = "compliance_it_late_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        BrokerProcess broker = BrokerProcess.unstarted(dir.resolve("kafka"));
        try (broker; PackagedService service = PackagedService.launch(Path.of("."), db,
                Map.of("kafka.bootstrap.servers", broker.bootstrapServers()))) {
            // two refused attempts, each logged, and the process still there
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(() -> retryLines(service) >= 2 || !service.isAlive());
            assertThat(service.isAlive()).as("the service waits for its database; see " + service.log()).isTrue();

            postgres.createDatabaseIfMissing(db);
            // migrated and started without a broker, but not ready: readiness asks the broker
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                    .until(() -> service.readiness() == 503 || !service.isAlive());
            assertThat(service.isAlive()).as("the service waits for its broker; see " + service.log()).isTrue();
            await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                    .until(() -> service.isAlive() && service.readiness() == 503);

            broker.start();
            service.awaitReady();
            assertThat(log(service)).contains("Connection error").contains(RETRY_LINE);
        } finally {
            postgres.dropDatabase(db);
        }
    }

    private static long retryLines(PackagedService service) {
        return log(service).lines().filter(l -> l.contains(RETRY_LINE)).count();
    }

    private static String log(PackagedService service) {
        try {
            return Files.exists(service.log()) ? Files.readString(service.log()) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
