package se.telefonpolicy.availability.jobs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import se.telefonpolicy.testsupport.PackagedService;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * DIVERSION_STALE with two real instances of the packaged service on one broker and one database, each
 * running its own scheduled check with the real clock: a stale diversion is reported once, within a minute
 * of the grace ending. (StaleDiversionIsReportedOnceTest covers the same rule with a moved clock in one JVM.)
 */
class StaleDiversionTwoInstancesIT {

    /** Short grace and interval so that the real clock gets there in seconds; the rule is the same. */
    private static final Duration GRACE = Duration.ofSeconds(5);
    private static final Map<String, String> CONFIG = Map.of(
            "telefonpolicy.availability.stale-grace", GRACE.toString(),
            "telefonpolicy.availability.stale-check-interval", "1s");

    private static String database;
    private static PackagedService first;
    private static PackagedService second;

    @BeforeAll
    static void startTwoInstances() {
        database = PackagedService.createDatabase("availability");
        first = PackagedService.launch(Path.of("."), database, CONFIG);
        second = PackagedService.launch(Path.of("."), database, CONFIG);
        first.awaitReady();
        second.awaitReady();
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        PackagedService.dropDatabase(database);
    }

    @Test
    void aStaleDiversionIsReportedOnceByTwoInstancesWithinAMinuteOfTheGraceEnding() {
        // far enough ahead to still be in the future when the request arrives (REST refuses a past return time)
        Instant returnsAt = Instant.now().plusSeconds(10).truncatedTo(ChronoUnit.SECONDS);
        setMeeting(first, "emp-it-stale-1", returnsAt);

        await().atMost(Duration.ofSeconds(60)).until(() -> staleViolations(first, "emp-it-stale-1").size() == 1);

        // a later stale diversion, reported after both instances have run many more checks over the first
        setMeeting(second, "emp-it-stale-2", Instant.now().plusSeconds(10).truncatedTo(ChronoUnit.SECONDS));
        await().atMost(Duration.ofSeconds(60)).until(() -> staleViolations(second, "emp-it-stale-2").size() == 1);

        for (PackagedService instance : List.of(first, second)) {
            List<Map<String, Object>> reported = staleViolations(instance, "emp-it-stale-1");
            assertThat(reported).hasSize(1);
            Instant detectedAt = Instant.parse((String) reported.get(0).get("detectedAt"));
            Instant graceEnds = returnsAt.plus(GRACE);
            assertThat(detectedAt).isAfter(graceEnds).isBefore(graceEnds.plus(Duration.ofMinutes(1)));
        }
        assertThat(first.log()).content().doesNotContain("ERROR");
        assertThat(second.log()).content().doesNotContain("ERROR");
    }

    private static void setMeeting(PackagedService instance, String employeeId, Instant returnsAt) {
        given().baseUri(instance.url()).auth().oauth2(TestTokens.employee(employeeId)).contentType(ContentType.JSON)
                .body(Map.of("status", "MEETING", "returnsAt", returnsAt.toString(), "message", "Möte"))
                .put("/api/v1/me/status").then().statusCode(200);
    }

    private static List<Map<String, Object>> staleViolations(PackagedService instance, String employeeId) {
        JsonPath body = given().baseUri(instance.url()).auth().oauth2(TestTokens.admin())
                .queryParam("rule", "DIVERSION_STALE").queryParam("employeeId", employeeId)
                .get("/api/v1/diversions/violations").then().statusCode(200).extract().jsonPath();
        return body.getList("$");
    }
}
