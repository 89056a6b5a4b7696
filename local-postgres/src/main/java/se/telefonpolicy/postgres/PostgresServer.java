package se.telefonpolicy.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server to create the services' databases on, found in this order:
 * <ol>
 * <li>{@code TELEFONPOLICY_POSTGRES_URL} (JDBC URL of a maintenance database, e.g.
 * {@code jdbc:postgresql://db:5432/postgres}) with {@code TELEFONPOLICY_POSTGRES_USER} and
 * {@code TELEFONPOLICY_POSTGRES_PASSWORD};</li>
 * <li>the server on 127.0.0.1:5432 as user {@code postgres};</li>
 * <li>an embedded server (zonky), which needs no installation and runs as a non-root user.</li>
 * </ol>
 */
public final class PostgresServer implements AutoCloseable {

    public static final String URL_ENV = "TELEFONPOLICY_POSTGRES_URL";
    public static final String USER_ENV = "TELEFONPOLICY_POSTGRES_USER";
    public static final String PASSWORD_ENV = "TELEFONPOLICY_POSTGRES_PASSWORD";
    static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String origin;
    private final EmbeddedPostgres embedded;

    private PostgresServer(String adminUrl, String user, String password, String origin, EmbeddedPostgres embedded) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.origin = origin;
        this.embedded = embedded;
    }

    /**
     * @param embeddedDataDir where an embedded server keeps its data; empty for a throw-away one
     * @param embeddedPort the embedded server's port, 0 for a free one
     */
    public static PostgresServer locate(Map<String, String> env, Optional<Path> embeddedDataDir, int embeddedPort) {
        String givenUrl = env.get(URL_ENV);
        if (givenUrl != null && !givenUrl.isBlank()) {
            String user = env.getOrDefault(USER_ENV, "postgres");
            String password = env.getOrDefault(PASSWORD_ENV, "");
            PostgresServer given = new PostgresServer(givenUrl, user, password, URL_ENV, null);
            given.checkConnection();
            return given;
        }
        PostgresServer local = new PostgresServer(LOCAL_URL, "postgres", "", "127.0.0.1:5432", null);
        if (local.canConnect()) {
            return local;
        }
        return startEmbedded(embeddedDataDir, embeddedPort);
    }

    /** An embedded server of its own, whatever else runs: started again on the same data and port, it is a restart. */
    public static PostgresServer embedded(Path dataDir, int port) {
        return startEmbedded(Optional.of(dataDir), port);
    }

    private static PostgresServer startEmbedded(Optional<Path> dataDir, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port)
                    .setPgBinaryResolver(PostgresServer::firstBundledBinary);
            if (dataDir.isPresent()) {
                Files.createDirectories(dataDir.get());
                builder.setDataDirectory(dataDir.get()).setCleanDataDirectory(false);
            }
            EmbeddedPostgres pg = builder.start();
            String url = "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres";
            return new PostgresServer(url, "postgres", "", "embedded", pg);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("No PostgreSQL to be had: nothing answers on 127.0.0.1:5432 and the "
                    + "embedded server did not start (" + e.getMessage() + "). Set " + URL_ENV + " (and "
                    + USER_ENV + ", " + PASSWORD_ENV + ") to a server you may create databases on, or start "
                    + "PostgreSQL on 127.0.0.1:5432.", e);
        }
    }

    /**
     * The bundled PostgreSQL for this system, the first the class path has: this jar's manifest puts {@code lib/} on
     * the class path beside Maven's copies of the same binaries, and zonky's own resolver refuses a duplicate.
     */
    private static java.io.InputStream firstBundledBinary(String system, String machineHardware) throws IOException {
        String name = "postgres-" + system.toLowerCase(java.util.Locale.ROOT) + "-" + machineHardware + ".txz";
        java.net.URL url = PostgresServer.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IOException("no embedded PostgreSQL binaries for " + system + "/" + machineHardware + " (" + name + ")");
        }
        return url.openStream();
    }

    /** Where the server came from: the environment variable, 127.0.0.1:5432 or embedded. */
    public String origin() {
        return origin;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** The JDBC URL of {@code database} on this server, with the same parameters as the admin URL. */
    public String jdbcUrl(String database) {
        return databaseUrl(adminUrl, database);
    }

    static String databaseUrl(String adminUrl, String database) {
        int query = adminUrl.indexOf('?');
        String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
        String params = query < 0 ? "" : adminUrl.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
    }

    /** Creates the database unless it exists. */
    public void createDatabaseIfMissing(String database) {
        requireSafeName(database);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + " on " + origin, e);
        }
    }

    /**
     * Lets clients connect to the database, or closes it to them and ends their sessions: how tests
     * make a service's database go away and come back without touching other databases.
     */
    public void setConnectionsAllowed(String database, boolean allowed) {
        requireSafeName(database);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS " + allowed);
            if (!allowed) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not change connections to " + database + " on " + origin, e);
        }
    }

    /** The database name in a JDBC URL of this server. */
    public static String databaseOf(String jdbcUrl) {
        String path = jdbcUrl.contains("?") ? jdbcUrl.substring(0, jdbcUrl.indexOf('?')) : jdbcUrl;
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Drops the database, closing any connection still open to it. */
    public void dropDatabase(String database) {
        requireSafeName(database);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop database " + database + " on " + origin, e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "3");
        return DriverManager.getConnection(adminUrl, props);
    }

    private boolean canConnect() {
        try (Connection c = connect()) {
            return c.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }

    private void checkConnection() {
        try (Connection c = connect()) {
            c.isValid(3);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to " + URL_ENV + "=" + adminUrl + ": " + e.getMessage(), e);
        }
    }

    private static void requireSafeName(String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a safe database name: " + database);
        }
    }
}
