package se.telefonpolicy.directory.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.directory.DirectoryApi;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestTokens;

@QuarkusTest
class UnitSettingsArePublishedTest {

    private static final String SERVICE_DESK = """
            {"name":"Kontaktcenter Fagersta","parentId":"us-kommun","managerEmployeeId":"us-chef",
             "phoneNumber":"0223-130 00","email":"kontaktcenter@fagersta.se","serviceFunction":true,
             "serviceDesk":{"openingHours":[{"day":"MONDAY","opens":"08:00","closes":"16:30"},
                                            {"day":"FRIDAY","opens":"08:00","closes":"15:00"}],
                            "exceptions":[{"date":"2026-12-23","opens":"08:00","closes":"12:00"},{"date":"2026-12-28"}],
                            "minimumStaffing":2},
             "missedCallsCreateTasks":true}""";

    @Test
    void anAdministratorMakesAUnitAServiceDeskAndTheFullSnapshotIsPublished() {
        DirectoryApi.createUnit("us-kommun", "Kommunledningsförvaltningen", null);
        DirectoryApi.createUnit("us-kc", "Kontaktcenter", null);
        DirectoryApi.createEmployee("{\"id\":\"us-chef\",\"firstName\":\"Karin\",\"lastName\":\"Berg\",\"unitId\":\"us-kommun\"}");

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(SERVICE_DESK)
                .when().put("/api/v1/units/us-kc")
                .then().statusCode(200).body("phoneNumber", equalTo("+4622313000")).body("serviceFunction", equalTo(true));
        given().auth().oauth2(TestTokens.employee("someone")).when().get("/api/v1/units/us-kc")
                .then().statusCode(200).body("parentId", equalTo("us-kommun")).body("managerEmployeeId", equalTo("us-chef"))
                .body("serviceDesk.minimumStaffing", equalTo(2)).body("serviceDesk.openingHours[1].closes", equalTo("15:00"));

        var record = KafkaTestClient.find(Topic.DIRECTORY_UNITS.topicName(),
                r -> "us-kc".equals(r.key()) && r.value() != null && r.value().contains("serviceDesk"),
                Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("no service-desk snapshot on the topic"));
        UnitSnapshot snapshot = EventJson.fromJson(EventType.UNIT_SNAPSHOT, record.value());
        assertThat(snapshot.name()).isEqualTo("Kontaktcenter Fagersta");
        assertThat(snapshot.parentUnitId()).isEqualTo("us-kommun");
        assertThat(snapshot.managerEmployeeId()).isEqualTo("us-chef");
        assertThat(snapshot.phoneNumber()).isEqualTo("+4622313000");
        assertThat(snapshot.email()).isEqualTo("kontaktcenter@fagersta.se");
        assertThat(snapshot.serviceFunction()).isTrue();
        assertThat(snapshot.missedCallsCreateTasks()).isTrue();
        assertThat(snapshot.serviceDesk().minimumStaffing()).isEqualTo(2);
        assertThat(snapshot.serviceDesk().openingHours().get(0).day()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(snapshot.serviceDesk().openingHours().get(0).opens()).isEqualTo(LocalTime.of(8, 0));
        assertThat(snapshot.serviceDesk().exceptions()).hasSize(2);
        assertThat(snapshot.serviceDesk().exceptions().get(1).date()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(snapshot.serviceDesk().exceptions().get(1).closed()).isTrue();
    }

    @Test
    void badSettingsAreAProblemNamingTheField() {
        DirectoryApi.createUnit("us-bad", "Felenheten", null);
        DirectoryApi.createUnit("us-bad-child", "Underenhet", "us-bad");

        assertProblem("{\"name\":\"Felenheten\",\"phoneNumber\":\"070-12\"}", "phoneNumber");
        assertProblem("{\"name\":\"Felenheten\",\"serviceFunction\":true}", "serviceDesk");
        assertProblem("{\"name\":\"Felenheten\",\"serviceFunction\":false,"
                + "\"serviceDesk\":{\"openingHours\":[{\"day\":\"MONDAY\",\"opens\":\"08:00\",\"closes\":\"16:00\"}],\"minimumStaffing\":1}}",
                "serviceDesk");
        assertProblem("{\"name\":\"Felenheten\",\"serviceFunction\":true,\"serviceDesk\":{\"openingHours\":[],\"minimumStaffing\":1}}",
                "serviceDesk.openingHours");
        assertProblem("{\"name\":\"Felenheten\",\"serviceFunction\":true,"
                + "\"serviceDesk\":{\"openingHours\":[{\"day\":\"MONDAY\",\"opens\":\"17:00\",\"closes\":\"08:00\"}]}}",
                "serviceDesk.openingHours[0].closes");
        assertProblem("{\"name\":\"Felenheten\",\"serviceFunction\":true,"
                + "\"serviceDesk\":{\"openingHours\":[{\"day\":\"MÅNDAG\",\"opens\":\"08:00\",\"closes\":\"16:00\"}]}}",
                "serviceDesk.openingHours[0].day");
        assertProblem("{\"name\":\"Felenheten\",\"managerEmployeeId\":\"nobody\"}", "managerEmployeeId");
        assertProblem("{\"name\":\"Felenheten\",\"parentId\":\"us-bad-child\"}", "parentId");
        assertProblem("{\"name\":\"\"}", "name");

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{\"name\":\"Finns inte\"}")
                .when().put("/api/v1/units/us-missing").then().statusCode(404).contentType("application/problem+json");
    }

    private static void assertProblem(String body, String field) {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/units/us-bad")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
