package se.telefonpolicy.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PostgresServerTest {

    @Test
    void createsConnectsToAndDropsADatabase() throws Exception {
        try (PostgresServer server = PostgresServer.locate(System.getenv(), Optional.empty(), 0)) {
            String db = "pgserver_test_" + Long.toHexString(System.nanoTime());
            server.createDatabaseIfMissing(db);
            server.createDatabaseIfMissing(db); // a second call is a no-op
            try (var c = DriverManager.getConnection(server.jdbcUrl(db), server.user(), server.password());
                 var rs = c.createStatement().executeQuery("SELECT current_database()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(db);
            }
            server.dropDatabase(db);
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(db), server.user(), server.password()))
                    .hasMessageContaining(db);
        }
    }

    @Test
    void aGivenUrlThatDoesNotAnswerSaysWhichVariableToFix() {
        var env = Map.of(PostgresServer.URL_ENV, "jdbc:postgresql://127.0.0.1:1/postgres");
        assertThatThrownBy(() -> PostgresServer.locate(env, Optional.empty(), 0))
                .hasMessageContaining(PostgresServer.URL_ENV);
    }

    @Test
    void keepsUrlParametersForEachDatabase() {
        assertThat(PostgresServer.databaseUrl("jdbc:postgresql://db.kommun.se:5432/postgres?sslmode=require", "callback"))
                .isEqualTo("jdbc:postgresql://db.kommun.se:5432/callback?sslmode=require");
        assertThat(PostgresServer.databaseUrl("jdbc:postgresql://127.0.0.1:5432/postgres", "callback"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/callback");
    }

    @Test
    void refusesUnsafeDatabaseNames() {
        try (PostgresServer server = PostgresServer.locate(System.getenv(), Optional.empty(), 0)) {
            assertThatThrownBy(() -> server.createDatabaseIfMissing("x; DROP DATABASE postgres"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
