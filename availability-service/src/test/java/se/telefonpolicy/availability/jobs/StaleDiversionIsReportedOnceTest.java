package se.telefonpolicy.availability.jobs;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.telefonpolicy.testsupport.TestClock;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * DIVERSION_STALE with a moved clock: nothing at the grace, one report just after it, however many
 * checks run, at once or later.
 */
@QuarkusTest
class StaleDiversionIsReportedOnceTest {

    private static final Instant SET_AT = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant BACK = Instant.parse("2026-11-30T11:00:00Z");

    @Inject
    TestClock clock;

    @Inject
    StaleDiversionCheck check;

    @Test
    void aDiversionPastItsReturnTimeAndTheGraceIsReportedOnceEvenByConcurrentChecks() throws Exception {
        clock.set(SET_AT);
        setMeetingUntilEleven("emp-stale-1");

        clock.set(BACK.plus(Duration.ofMinutes(15)));
        check.check();
        violationsOf("emp-stale-1").body("$", hasSize(0));

        clock.set(BACK.plus(Duration.ofMinutes(15)).plusSeconds(1));
        // two instances at the same moment, as two services sharing the database would run it
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> instance = () -> {
            start.await();
            return check.check();
        };
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = List.of(pool.submit(instance), pool.submit(instance));
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        check.check();
        check.check();

        violationsOf("emp-stale-1").body("$", hasSize(1))
                .body("[0].rule", equalTo("DIVERSION_STALE"))
                .body("[0].returnAt", equalTo("2026-11-30T11:00:00Z"))
                .body("[0].since", equalTo("2026-11-30T10:00:00Z"));
    }

    @Test
    void aPersonBackInTimeIsNotReported() {
        clock.set(SET_AT);
        setMeetingUntilEleven("emp-stale-2");
        clock.set(BACK.minusSeconds(60));
        given().auth().oauth2(TestTokens.employee("emp-stale-2")).contentType(ContentType.JSON)
                .body("{\"status\":\"AVAILABLE\"}").put("/api/v1/me/status").then().statusCode(200);

        clock.set(BACK.plus(Duration.ofHours(2)));
        check.check();
        violationsOf("emp-stale-2").body("$", hasSize(0));
    }

    @Test
    void theScheduledCheckFindsItWithoutBeingCalled() {
        clock.set(SET_AT);
        setMeetingUntilEleven("emp-stale-3");
        clock.set(BACK.plus(Duration.ofMinutes(16)));
        // the test profile runs the check every second; production every 30 s, within a minute of the grace
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> violationsOf("emp-stale-3").body("$", hasSize(1)));
    }

    private static void setMeetingUntilEleven(String employeeId) {
        given().auth().oauth2(TestTokens.employee(employeeId)).contentType(ContentType.JSON)
                .body("{\"status\":\"MEETING\",\"returnsAt\":\"2026-11-30T11:00:00Z\",\"message\":\"Möte till 12\"}")
                .put("/api/v1/me/status").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse violationsOf(String employeeId) {
        return given().auth().oauth2(TestTokens.admin()).queryParam("employeeId", employeeId)
                .get("/api/v1/diversions/violations").then().statusCode(200);
    }
}
