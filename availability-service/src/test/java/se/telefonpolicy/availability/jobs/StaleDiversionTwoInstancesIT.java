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

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.PackagedService;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * DIVERSION_STALE with two real instances of the packaged service on one broker and one database, each running
 * its own scheduled check every second: once the PBX's heartbeats have moved event time past returnAt + grace,
 * a stale diversion is decided once — one violation, one DiversionViolated — within a minute, violated at
 * returnAt + grace. (StaleDiversionIsReportedOnceTest covers the same rule in one JVM.)
 */
class StaleDiversionTwoInstancesIT {

    /** A short grace so that return times can be real ones a few seconds ahead; the rule is the same. */
    private static final Duration GRACE = Duration.ofSeconds(5);
    /** The default allowed lateness: heartbeats this much past a time let the watermark reach it. */
    private static final Duration LATENESS = Duration.ofMinutes(2);
    private static final Map<String, String> CONFIG = Map.of("telefonpolicy.availability.stale-grace", GRACE.toString());

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
    void aStaleDiversionIsReportedOnceByTwoInstancesOnceEventTimeHasPassedTheGrace() {
        // far enough ahead to still be in the future when the request arrives (REST refuses a past return time)
        Instant returnsAt = Instant.now().plusSeconds(10).truncatedTo(ChronoUnit.SECONDS);
        setMeeting(first, "emp-it-stale-1", returnsAt);
        Instant movedAt = Instant.now();
        KafkaTestClient.sendHeartbeats(Topic.PBX_PRESENCE.topicName(), returnsAt.plus(GRACE).plus(LATENESS).plusSeconds(1));

        await().atMost(Duration.ofSeconds(60)).until(() -> staleViolations(first, "emp-it-stale-1").size() == 1);

        // a later stale diversion, decided after both instances have run many more checks over the first
        Instant secondReturnsAt = Instant.now().plusSeconds(10).truncatedTo(ChronoUnit.SECONDS);
        setMeeting(second, "emp-it-stale-2", secondReturnsAt);
        KafkaTestClient.sendHeartbeats(Topic.PBX_PRESENCE.topicName(),
                secondReturnsAt.plus(GRACE).plus(LATENESS).plusSeconds(1));
        await().atMost(Duration.ofSeconds(60)).until(() -> staleViolations(second, "emp-it-stale-2").size() == 1);

        for (PackagedService instance : List.of(first, second)) {
            List<Map<String, Object>> reported = staleViolations(instance, "emp-it-stale-1");
            assertThat(reported).hasSize(1);
            assertThat(Instant.parse((String) reported.get(0).get("violatedAt"))).isEqualTo(returnsAt.plus(GRACE));
            Instant detectedAt = Instant.parse((String) reported.get(0).get("detectedAt"));
            assertThat(detectedAt).isAfter(movedAt).isBefore(movedAt.plus(Duration.ofMinutes(1)));
            assertThat(staleViolations(instance, "emp-it-stale-2")).hasSize(1);
        }
        for (String employee : List.of("emp-it-stale-1", "emp-it-stale-2")) {
            List<ConsumerRecord<String, String>> published = KafkaTestClient.readUntil(Topic.AVAILABILITY_STATUS.topicName(),
                    rs -> rs.stream().anyMatch(r -> isViolationOf(r, employee)), Duration.ofSeconds(30)).stream()
                    .filter(r -> isViolationOf(r, employee)).toList();
            assertThat(published).as(employee).hasSize(1);
        }
        assertThat(first.log()).content().doesNotContain("ERROR");
        assertThat(second.log()).content().doesNotContain("ERROR");
    }

    private static boolean isViolationOf(ConsumerRecord<String, String> r, String employeeId) {
        return employeeId.equals(r.key())
                && EventType.DIVERSION_VIOLATED.ceType().equals(KafkaTestClient.header(r, EventEnvelope.HEADER_TYPE));
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
