package se.telefonpolicy.directory.health;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.postgres.PostgresServer;
import se.telefonpolicy.testsupport.SharedInfrastructure;

/**
 * Readiness is the platform's (one configuration for every service); proven here once: it goes DOWN
 * when the broker or the database goes away and UP again when they are back.
 */
@QuarkusTest
class ReadinessFollowsKafkaAndDatabaseTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void readinessIsDownWhileTheDatabaseIsUnreachable() {
        var postgres = SharedInfrastructure.get().postgres();
        String database = PostgresServer.databaseOf(jdbcUrl);
        awaitReadiness(200, "UP");
        postgres.setConnectionsAllowed(database, false);
        try {
            awaitReadiness(503, "DOWN");
        } finally {
            postgres.setConnectionsAllowed(database, true);
        }
        awaitReadiness(200, "UP");
    }

    @Test
    void readinessIsDownWhileTheBrokerIsStopped() {
        var infra = SharedInfrastructure.get();
        // with KAFKA_BOOTSTRAP_SERVERS the cluster is not ours to stop; CI always runs its own broker
        assumeTrue(infra.ownsKafka(), "the tests run against an external Kafka cluster");
        awaitReadiness(200, "UP");
        infra.stopKafka();
        try {
            awaitReadiness(503, "DOWN");
        } finally {
            infra.restartKafka();
        }
        awaitReadiness(200, "UP");
    }

    private static void awaitReadiness(int httpStatus, String status) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(httpStatus).body("status", equalTo(status)));
    }
}
