package se.telefonpolicy.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.jboss.logging.Logger;

/**
 * A service started from its packaged jar ({@code target/quarkus-app/quarkus-run.jar}) as a process of its own,
 * against this test JVM's broker and a given database: how "two instances against one broker and one database"
 * is tested. Used by failsafe tests ({@code *IT}), which run after {@code package}. The instance runs in the
 * production profile with the real clock and the development JWT key, as the local run does.
 */
public final class PackagedService implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PackagedService.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final List<String> command;
    private final int port;
    private Process process;
    private final Path firstLog;
    private Path log;
    private int starts = 1;

    private PackagedService(List<String> command, Process process, int port, Path log) {
        this.command = List.copyOf(command);
        this.process = process;
        this.port = port;
        this.log = log;
        this.firstLog = log;
    }

    /** A fresh database on the shared PostgreSQL, for instances that must share it. */
    public static String createDatabase(String service) {
        String database = service + "_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        SharedInfrastructure.get().postgres().createDatabaseIfMissing(database);
        return database;
    }

    public static void dropDatabase(String database) {
        SharedInfrastructure.get().postgres().dropDatabase(database);
    }

    /**
     * Starts the module's packaged service and returns when it is ready ({@code /q/health/ready} answers 200).
     *
     * @param moduleDir the service module's directory (failsafe runs in it: {@code Path.of(".")})
     * @param database  a database from {@link #createDatabase(String)}
     * @param config    extra configuration, passed as system properties
     */
    public static PackagedService start(Path moduleDir, String database, Map<String, String> config) {
        PackagedService service = launch(moduleDir, database, config);
        service.awaitReady();
        return service;
    }

    /** Starts the process and returns at once; {@link #awaitReady()} then waits. Several start side by side so. */
    public static PackagedService launch(Path moduleDir, String database, Map<String, String> config) {
        Path jar = moduleDir.resolve("target/quarkus-app/quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run `./mvnw package` (failsafe tests run after it)");
        }
        SharedInfrastructure infra = SharedInfrastructure.get();
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m", "-XX:+UseSerialGC"));
        Map<String, String> base = Map.of(
                "quarkus.http.port", Integer.toString(port),
                "kafka.bootstrap.servers", infra.bootstrapServers(),
                "quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl(database),
                "quarkus.datasource.username", infra.postgres().user(),
                "quarkus.datasource.password", infra.postgres().password(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER,
                "mp.jwt.verify.publickey.location", devPublicKey().toString());
        base.forEach((key, value) -> command.add("-D" + key + "=" + value));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        try {
            Path logDir = Files.createDirectories(moduleDir.resolve("target/instances"));
            Path log = logDir.resolve(database + "-" + port + ".log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            LOG.infof("Started %s on port %d (log %s)", jar, port, log);
            return new PackagedService(command, process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the instance is ready; stops it and throws if it exits or takes too long. */
    public void awaitReady() {
        try {
            Awaitility.await("instance on port " + port + " ready")
                    .atMost(READY_TIMEOUT).pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("the instance exited; see " + log);
                        }
                        return status(url() + "/q/health/ready") == 200;
                    });
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    /** Stops the process where it is (SIGSTOP), as a long GC pause or a starved machine would: a consumer that lags. */
    public void pause() {
        signal("STOP");
    }

    /** Lets a {@link #pause() paused} process go on (SIGCONT). */
    public void resume() {
        signal("CONT");
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The instance's readiness now: 200 when ready, 503 when not, -1 when it does not answer. */
    public int readiness() {
        return status(url() + "/q/health/ready");
    }

    /** Waits for the process to exit by itself (as when it gives up and asks to be started again); its exit status. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the instance on port " + port + " did not exit within " + timeout + "; see " + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, as a crash or an OOM kill: no shutdown, nothing flushed, the outbox relay cut off mid-batch. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts the stopped or killed instance again, as its supervisor would: the same port, database and settings, a
     * new log beside the first ({@code …-r2.log}, …); returns at once ({@link #awaitReady()} waits).
     */
    public void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("the instance on port " + port + " is still running");
        }
        starts++;
        log = firstLog.resolveSibling(firstLog.getFileName().toString().replace(".log", "-r" + starts + ".log"));
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            LOG.infof("Restarted the instance on port %d (log %s)", port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The instance's standard output and error. */
    public Path log() {
        return log;
    }

    /** Stops the instance as an orchestrator would (SIGTERM), then kills it if it lingers. */
    @Override
    public void close() {
        stop();
    }

    /**
     * SIGTERM, then SIGKILL if the instance has not exited within 30 s; returns how long it took to exit on its own,
     * or empty if it had to be killed (or was not running).
     */
    public Optional<Duration> stop() {
        if (!process.isAlive()) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        process.destroy();
        try {
            if (process.waitFor(30, TimeUnit.SECONDS)) {
                return Optional.of(Duration.ofNanos(System.nanoTime() - started));
            }
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        return Optional.empty();
    }

    private static int status(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(1000);
            // readiness without a broker answers after the Kafka check's 3 s timeout
            connection.setReadTimeout(5000);
            try {
                return connection.getResponseCode();
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return -1;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The development public key, copied out of this jar so that a separate process can read it. */
    private static synchronized Path devPublicKey() {
        try (InputStream in = PackagedService.class.getClassLoader().getResourceAsStream("dev-jwt/publicKey.pem")) {
            if (in == null) {
                throw new IllegalStateException("dev-jwt/publicKey.pem is not on the classpath");
            }
            Path key = Files.createTempFile("telefonpolicy-dev-jwt-", ".pem");
            key.toFile().deleteOnExit();
            Files.copy(in, key, StandardCopyOption.REPLACE_EXISTING);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
