package se.telefonpolicy.directory.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import se.telefonpolicy.directory.domain.Instants;
import se.telefonpolicy.directory.persistence.ImportJobRepository;

/**
 * HR imports as jobs: the upload is copied to a temporary file (the request body is streamed, never
 * held in memory), its header checked, a job row written and the import run on this instance's
 * import thread, one job at a time. While a job is queued or running, its instance holds a
 * PostgreSQL advisory lock named after the job on a connection of its own; a job whose lock nobody
 * holds was interrupted by a crash and is marked failed, at startup and every minute, by any instance.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    private final EmployeeImport employeeImport;
    private final ImportJobRepository jobs;
    private final DataSource dataSource;
    private final Clock clock;
    private final Optional<Path> spoolDirectory;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hr-import");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean stopping;

    public ImportJobs(EmployeeImport employeeImport, ImportJobRepository jobs, DataSource dataSource, Clock clock,
            @ConfigProperty(name = "telefonpolicy.directory.import.spool-directory") Optional<Path> spoolDirectory) {
        this.employeeImport = employeeImport;
        this.jobs = jobs;
        this.dataSource = dataSource;
        this.clock = clock;
        this.spoolDirectory = spoolDirectory;
    }

    /** Receives the file, checks its header (an {@link HrFileException} if unusable) and queues the job; returns its id. */
    public UUID submit(InputStream body, boolean full, String submittedBy) {
        Path file = spool(body);
        UUID id = UUID.randomUUID();
        Connection lock = null;
        try {
            List<String> ignored;
            try (InputStream in = Files.newInputStream(file); HrCsvReader reader = HrCsvReader.open(in)) {
                ignored = reader.ignoredColumns();
            }
            lock = dataSource.getConnection();
            lockJob(lock, id);
            jobs.create(id, full, submittedBy, Files.size(file), ignored, Instants.now(clock));
            Connection held = lock;
            worker.submit(() -> run(id, file, full, held));
            return id;
        } catch (IOException | SQLException | RuntimeException e) {
            deleteQuietly(file);
            if (lock != null) {
                release(lock, id);
            }
            if (e instanceof RuntimeException r && !(e instanceof RejectedExecutionException)) {
                throw r;
            }
            throw new IllegalStateException("Could not queue the import job", e);
        }
    }

    private void run(UUID id, Path file, boolean full, Connection lock) {
        try (InputStream in = Files.newInputStream(file)) {
            jobs.started(id, Instants.now(clock));
            employeeImport.run(in, full, Duration.ZERO, progress -> jobs.addProgress(id, progress), () -> stopping);
            jobs.finished(id, Instants.now(clock));
        } catch (HrFileException e) {
            jobs.failed(id, e.getMessage(), Instants.now(clock));
        } catch (RuntimeException | IOException e) {
            LOG.errorf(e, "HR import %s failed", id);
            jobs.failed(id, "Importen avbröts av ett fel i tjänsten (" + e.getClass().getSimpleName()
                    + "); rader i färdiga omgångar är sparade, kör importen igen", Instants.now(clock));
        } finally {
            release(lock, id);
            deleteQuietly(file);
        }
    }

    /** Jobs whose instance is gone (no one holds their lock) are failed; their committed batches stay. */
    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void failAbandoned() {
        for (UUID id : jobs.unfinished()) {
            if (abandoned(id)) {
                LOG.warnf("HR import %s was interrupted (its instance stopped); marking it failed", id);
                jobs.failed(id, "Importen avbröts: tjänsten stannade innan den var klar. Rader i färdiga omgångar är "
                        + "sparade; kör importen igen", Instants.now(clock));
            }
        }
    }

    void onStart(@Observes StartupEvent event) {
        failAbandoned();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        worker.shutdown();
    }

    /** True when nobody holds the job's lock (taken and let go at once if free). */
    boolean abandoned(UUID id) {
        try (Connection c = dataSource.getConnection()) {
            boolean free;
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                ps.setLong(1, lockKey(id));
                try (ResultSet rs = ps.executeQuery()) {
                    free = rs.next() && rs.getBoolean(1);
                }
            }
            if (free) {
                unlockJob(c, id);
            }
            return free;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check import job " + id, e);
        }
    }

    private static void unlockJob(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, lockKey(id));
            ps.execute();
        }
    }

    /** A session lock: held until the connection is closed, or dies with the instance. */
    private static void lockJob(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
            ps.setLong(1, lockKey(id));
            ps.execute();
        }
    }

    static long lockKey(UUID id) {
        return id.getMostSignificantBits() ^ id.getLeastSignificantBits();
    }

    private Path spool(InputStream body) {
        try {
            Path file = spoolDirectory.isPresent()
                    ? Files.createTempFile(Files.createDirectories(spoolDirectory.get()), "hr-import-", ".csv")
                    : Files.createTempFile("hr-import-", ".csv");
            try (var out = Files.newOutputStream(file)) {
                body.transferTo(out);
            } catch (IOException e) {
                deleteQuietly(file);
                throw e;
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not receive the import file", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("Could not delete %s: %s", file, e.getMessage());
        }
    }

    /** The lock goes with the connection back to the pool unless let go first. */
    private static void release(Connection c, UUID id) {
        try {
            unlockJob(c, id);
        } catch (SQLException e) {
            LOG.warnf("Could not unlock import job %s: %s", id, e.getMessage());
        }
        closeQuietly(c);
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            LOG.warnf("Could not close an import lock connection: %s", e.getMessage());
        }
    }
}
