package se.telefonpolicy.callback.api;

import static se.telefonpolicy.callback.CallbackTestSupport.awaitTask;
import static se.telefonpolicy.callback.CallbackTestSupport.employee;
import static se.telefonpolicy.callback.CallbackTestSupport.sendAndAwaitApplied;
import static se.telefonpolicy.callback.CallbackTestSupport.taskIdFor;
import static se.telefonpolicy.callback.CallbackTestSupport.unit;

import java.time.Instant;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.testsupport.AuthorizationMatrix;
import se.telefonpolicy.testsupport.TestClock;

/** Every operation of the OpenAPI document × every kind of caller, against authorization/expected-status.csv. */
@QuarkusTest
class AuthorizationMatrixTest {

    // Tue 2026-12-01 10:00 Stockholm
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Inject
    TestClock clock;

    @Inject
    DataSource db;

    @AfterEach
    void wallClock() {
        clock.reset();
    }

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() {
        clock.set(NOW);
        sendAndAwaitApplied(db, unit("az-unit", null, "az-manager", false), unit("az-other", null, "az-other-manager", false),
                employee("az-employee", "az-unit"));
        // the employee's own tasks: one to read and register attempts on, one to close
        sendAndAwaitApplied(db, new VoicemailLeft("az-vm-open", "az-employee", null, "+46705559901", NOW.minusSeconds(3600), 10),
                new VoicemailLeft("az-vm-close", "az-employee", null, "+46705559902", NOW.minusSeconds(1800), 10));
        awaitTask(taskIdFor("az-vm-open"), t -> true);
        awaitTask(taskIdFor("az-vm-close"), t -> true);

        AuthorizationMatrix.of("callback-service", "authorization/expected-status.csv")
                .employee("az-employee").manager("az-manager", "az-unit").otherManager("az-other-manager", "az-other")
                .switchboard("az-switchboard")
                .path("id", taskIdFor("az-vm-open"))
                .path("POST /api/v1/callbacks/{id}/complete", "id", taskIdFor("az-vm-close"))
                .query("GET /api/v1/calendar/callback-due", "receivedAt=2026-11-30T09:00:00Z")
                .query("GET /api/v1/calendar/closed-days", "year=2026")
                .body("POST /api/v1/callbacks",
                        "{\"callerNumber\":\"070-123 45 67\",\"dueAt\":\"2026-12-02T13:00:00Z\",\"unitId\":\"az-unit\"}")
                .body("POST /api/v1/callbacks/{id}/attempts", "{}")
                .body("POST /api/v1/callbacks/{id}/complete", "{\"outcome\":\"REACHED\"}")
                .verify();
    }
}
