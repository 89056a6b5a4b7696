package se.telefonpolicy.postgres;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The local run's PostgreSQL: finds or starts a server, creates the given databases if missing and
 * prints the JDBC URLs as {@code TELEFONPOLICY_DB_<NAME>=<url>} lines for the run script to read.
 * An embedded server keeps its data in {@code --data-dir} and runs until this process is stopped.
 */
public final class LocalPostgres {

    private LocalPostgres() {
    }

    /** {@code --data-dir <path> --port <port> [--fresh] <database>...}; {@code --fresh} drops them first. */
    public static void main(String[] args) throws InterruptedException {
        Path dataDir = Path.of(".run/postgres");
        int port = 5433;
        List<String> databases = new java.util.ArrayList<>();
        boolean fresh = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                // the local run's --reset: a server found elsewhere keeps its databases, so they go here
                case "--fresh" -> fresh = true;
                default -> databases.add(args[i]);
            }
        }
        PostgresServer server = PostgresServer.locate(System.getenv(), Optional.of(dataDir), port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "postgres-shutdown"));
        if (fresh) {
            databases.forEach(server::dropDatabase);
        }
        databases.forEach(server::createDatabaseIfMissing);
        System.out.println("POSTGRES_ORIGIN=" + server.origin());
        System.out.println("POSTGRES_USER=" + server.user());
        System.out.println("POSTGRES_PASSWORD=" + server.password());
        for (String db : databases) {
            System.out.println("POSTGRES_URL_" + db.toUpperCase() + "=" + server.jdbcUrl(db));
        }
        System.out.println("POSTGRES_READY");
        System.out.flush();
        // an embedded server lives as long as this process; for an external one there is nothing to keep
        Thread.currentThread().join();
    }
}
