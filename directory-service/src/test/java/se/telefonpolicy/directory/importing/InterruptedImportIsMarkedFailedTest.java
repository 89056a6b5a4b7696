package se.telefonpolicy.directory.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.directory.persistence.ImportJobRepository;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * A job whose instance died (nobody holds its advisory lock) is marked failed, and keeps the counts
 * of the batches it committed; a job another live instance is running (its lock held) is left alone.
 */
@QuarkusTest
class InterruptedImportIsMarkedFailedTest {

    @Inject
    ImportJobRepository jobs;

    @Inject
    ImportJobs importJobs;

    @Inject
    DataSource dataSource;

    @Test
    void aRunningJobWithoutALiveInstanceIsFailedAndOneWithALiveInstanceIsNot() throws SQLException {
        UUID crashed = UUID.randomUUID();
        UUID running = UUID.randomUUID();
        jobs.create(crashed, false, "admin-1", 1000, java.util.List.of(), Instant.now());
        jobs.started(crashed, Instant.now());
        jobs.create(running, false, "admin-1", 1000, java.util.List.of(), Instant.now());
        jobs.started(running, Instant.now());
        try (Connection otherInstance = dataSource.getConnection()) {
            try (PreparedStatement ps = otherInstance.prepareStatement("SELECT pg_advisory_lock(?)")) {
                ps.setLong(1, ImportJobs.lockKey(running));
                ps.execute();
            }

            importJobs.failAbandoned();

            job(crashed).body("state", equalTo("FAILED")).body("failure", containsString("avbröts"));
            job(running).body("state", equalTo("RUNNING"));

            try (PreparedStatement ps = otherInstance.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                ps.setLong(1, ImportJobs.lockKey(running));
                ps.execute();
            }
        }
        importJobs.failAbandoned();
        job(running).body("state", equalTo("FAILED"));
    }

    private static io.restassured.response.ValidatableResponse job(UUID id) {
        return given().auth().oauth2(TestTokens.admin()).get("/api/v1/import/jobs/" + id).then().statusCode(200);
    }
}
