package se.telefonpolicy.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.jboss.logging.Logger;

/**
 * A Kafka broker of a test's own, in a process of its own, so that it can be killed as a crash kills it
 * ({@code kill -9}: nothing flushed, no controlled shutdown) and started again on the same port and data. The
 * shared broker ({@link SharedInfrastructure}) is for every other test in the JVM and must stay up.
 */
public final class BrokerProcess implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BrokerProcess.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final Path dataDir;
    private final int port;
    private final Path log;
    private Process process;

    private BrokerProcess(Path dataDir, int port, Path log) {
        this.dataDir = dataDir;
        this.port = port;
        this.log = log;
    }

    /** Starts a broker keeping its log in {@code dataDir}, with every catalogue topic, and returns once it is ready. */
    public static BrokerProcess start(Path dataDir) {
        BrokerProcess broker = unstarted(dataDir);
        broker.start();
        return broker;
    }

    /** A broker with its port chosen but not started yet: a service can be pointed at it before it is there. */
    public static BrokerProcess unstarted(Path dataDir) {
        return new BrokerProcess(dataDir, freePort(), dataDir.resolveSibling(dataDir.getFileName() + "-broker.log"));
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** SIGKILL, as a crashed machine's broker or an OOM kill: in-flight requests get no answer. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
        LOG.infof("Test broker on port %d killed", port);
    }

    /** SIGTERM: the broker's controlled shutdown. */
    public void stop() {
        process.destroy();
        waitForExit();
    }

    /** Starts the broker (again, after {@link #kill()} or {@link #stop()}: the same port and data, as after an outage). */
    public void start() {
        if (isAlive()) {
            throw new IllegalStateException("the broker is already running");
        }
        launch();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        if (isAlive()) {
            stop();
        }
    }

    private void launch() {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "se.telefonpolicy.kafka.KafkaBroker",
                "--data-dir", dataDir.toAbsolutePath().toString(), "--port", Integer.toString(port));
        try {
            Files.deleteIfExists(log);
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Awaitility.await("test broker on port " + port + " ready").atMost(READY_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the broker exited; see " + log);
                    }
                    return Files.readString(log).contains("Kafka ready");
                });
        LOG.infof("Test broker ready on port %d (log %s)", port, log);
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
