package se.telefonpolicy.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.kafka.KafkaBroker;
import se.telefonpolicy.postgres.PostgresServer;

/**
 * One real Kafka broker and one real PostgreSQL server per test JVM, started on first use and
 * stopped when the JVM exits. {@code KAFKA_BOOTSTRAP_SERVERS} points the tests at an existing cluster
 * instead; PostgreSQL is found as {@link PostgresServer} describes.
 */
public final class SharedInfrastructure {

    private static final Logger LOG = Logger.getLogger(SharedInfrastructure.class);
    private static SharedInfrastructure instance;

    private final String bootstrapServers;
    private final PostgresServer postgres;
    /** Our own broker, null when the tests use an existing cluster. */
    private KafkaBroker broker;

    private SharedInfrastructure(String bootstrapServers, KafkaBroker broker, PostgresServer postgres) {
        this.bootstrapServers = bootstrapServers;
        this.broker = broker;
        this.postgres = postgres;
    }

    public static synchronized SharedInfrastructure get() {
        if (instance == null) {
            String existing = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
            if (existing != null && !existing.isBlank()) {
                KafkaBroker.createTopics(existing, Topic.allSpecs());
                LOG.infof("Tests use the Kafka cluster at %s (KAFKA_BOOTSTRAP_SERVERS)", existing);
                instance = new SharedInfrastructure(existing, null, startPostgres());
            } else {
                KafkaBroker broker = startKafka();
                instance = new SharedInfrastructure(broker.bootstrapServers(), broker, startPostgres());
            }
        }
        return instance;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Whether the tests run their own broker, which {@link #stopKafka()} and {@link #restartKafka()} may stop and start. */
    public boolean ownsKafka() {
        return broker != null;
    }

    /** Stops the test broker, as an outage would; its data stays for {@link #restartKafka()}. */
    public synchronized void stopKafka() {
        requireOwnBroker().close();
    }

    /** Starts the test broker again on the same port and data, as after an outage. */
    public synchronized void restartKafka() {
        KafkaBroker stopped = requireOwnBroker();
        int port = Integer.parseInt(bootstrapServers.substring(bootstrapServers.lastIndexOf(':') + 1));
        broker = KafkaBroker.start(stopped.dataDir(), port);
    }

    private KafkaBroker requireOwnBroker() {
        if (broker == null) {
            throw new IllegalStateException("The tests use an existing Kafka cluster (KAFKA_BOOTSTRAP_SERVERS); it is not ours to stop");
        }
        return broker;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    private static KafkaBroker startKafka() {
        try {
            Path dir = Files.createTempDirectory("telefonpolicy-kafka-");
            long started = System.nanoTime();
            KafkaBroker broker = KafkaBroker.start(dir, 0);
            broker.createTopics(Topic.allSpecs());
            LOG.infof("Test Kafka broker (KRaft, in-process) ready on %s in %d ms",
                    broker.bootstrapServers(), (System.nanoTime() - started) / 1_000_000);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                SharedInfrastructure self = instance;
                if (self != null && self.broker != null) {
                    self.broker.close();
                }
                deleteRecursively(dir);
            }, "test-kafka-shutdown"));
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PostgresServer startPostgres() {
        PostgresServer server = PostgresServer.locate(System.getenv(), Optional.empty(), 0);
        LOG.infof("Tests use PostgreSQL from %s", server.origin());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-postgres-shutdown"));
        return server;
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is not worth failing a test run for
        }
    }
}
