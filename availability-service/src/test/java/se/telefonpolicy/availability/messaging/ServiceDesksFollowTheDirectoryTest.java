package se.telefonpolicy.availability.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.contracts.directory.OpeningException;
import se.telefonpolicy.contracts.directory.OpeningHours;
import se.telefonpolicy.contracts.directory.ServiceDesk;
import se.telefonpolicy.contracts.directory.UnitDeleted;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestTokens;

/** directory.units.v1 through the real broker: service desks appear, stop being one, and are deleted. */
@QuarkusTest
class ServiceDesksFollowTheDirectoryTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Instant UPDATED = Instant.parse("2026-11-01T08:00:00Z");
    private static final ServiceDesk DESK = new ServiceDesk(
            List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                    new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(16, 0))),
            List.of(new OpeningException(java.time.LocalDate.of(2026, 12, 21), null, null)), 2);

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private static UnitSnapshot unit(String unitId, ServiceDesk desk, Instant updatedAt) {
        return new UnitSnapshot(unitId, "Bygglov", null, null, null, null, desk != null, desk, false, updatedAt);
    }

    private static int coverageStatus(String unitId) {
        return given().auth().oauth2(TestTokens.admin()).get("/api/v1/units/" + unitId + "/coverage?date=2026-11-30")
                .then().extract().statusCode();
    }

    @Test
    void aServiceDeskIsKnownUntilItStopsBeingOneOrIsDeleted() {
        String stops = "unit-stops-" + run;
        String deleted = "unit-deleted-" + run;
        KafkaTestClient.sendEvent(unit(stops, DESK, UPDATED));
        KafkaTestClient.sendEvent(unit(deleted, DESK, UPDATED));
        KafkaTestClient.sendEvent(unit("unit-plain-" + run, null, UPDATED));
        await().atMost(WAIT).until(() -> coverageStatus(stops) == 200 && coverageStatus(deleted) == 200);
        await().atMost(WAIT).until(() -> coverageStatus("unit-plain-" + run) == 404);

        // an older snapshot (a replay) does not undo the newer one; the newer plain one removes the desk
        KafkaTestClient.sendEvent(unit(stops, null, UPDATED.plusSeconds(60)));
        KafkaTestClient.sendEvent(unit(stops, DESK, UPDATED.plusSeconds(30)));
        KafkaTestClient.sendEvent(new UnitDeleted(deleted, UPDATED.plusSeconds(60)));

        await().atMost(WAIT).until(() -> coverageStatus(stops) == 404 && coverageStatus(deleted) == 404);
    }
}
