package se.telefonpolicy.directory.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.directory.EmployeeSnapshot;
import se.telefonpolicy.directory.DirectoryApi;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestClock;
import se.telefonpolicy.testsupport.TestTokens;

@QuarkusTest
class EmployeeConfirmsOwnDetailsTest {

    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-30T08:15:00Z");

    @Inject
    TestClock clock;

    @AfterEach
    void wallClock() {
        clock.reset();
    }

    @Test
    void anEmployeeCorrectsAndConfirmsTheirDetailsButCannotMoveThemselves() {
        DirectoryApi.createUnit("me-fardtjanst", "Färdtjänst", null);
        DirectoryApi.createEmployee("""
                {"id":"me-per","hrId":"HR-2001","firstName":"Per","lastName":"Nilson","unitId":"me-fardtjanst",
                 "role":"CASE_OFFICER","responsibilities":["färdtjänst"]}""");
        String per = TestTokens.employee("me-per");

        given().auth().oauth2(per).when().get("/api/v1/me")
                .then().statusCode(200).body("lastName", equalTo("Nilson")).body("verifiedAt", nullValue());

        clock.set(MONDAY_MORNING);
        given().auth().oauth2(per).contentType(ContentType.JSON).body("""
                {"lastName":"Nilsson","phoneNumbers":[{"kind":"MOBILE","number":"073-555 12 34"}],
                 "responsibilities":["färdtjänst","riksfärdtjänst"],"unitId":"elsewhere","confirm":true}""")
                .when().put("/api/v1/me")
                .then().statusCode(200).body("lastName", equalTo("Nilsson")).body("firstName", equalTo("Per"))
                .body("phoneNumbers[0].number", equalTo("+46735551234")).body("unitId", equalTo("me-fardtjanst"))
                .body("verifiedAt", equalTo("2026-11-30T08:15:00Z"));

        var record = KafkaTestClient.find(Topic.DIRECTORY_EMPLOYEES.topicName(),
                r -> "me-per".equals(r.key()) && r.value() != null && r.value().contains("verifiedAt"),
                Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("no confirmed snapshot on the topic"));
        EmployeeSnapshot confirmed = EventJson.fromJson(EventType.EMPLOYEE_SNAPSHOT, record.value());
        assertThat(confirmed.verifiedAt()).isEqualTo(MONDAY_MORNING);
        assertThat(confirmed.lastName()).isEqualTo("Nilsson");
        assertThat(confirmed.hrId()).isEqualTo("HR-2001");
        assertThat(confirmed.responsibilities()).containsExactly("färdtjänst", "riksfärdtjänst");

        given().auth().oauth2(per).contentType(ContentType.JSON).body("{\"title\":\"Handläggare\"}")
                .when().put("/api/v1/me")
                .then().statusCode(200).body("title", equalTo("Handläggare")).body("lastName", equalTo("Nilsson"))
                .body("verifiedAt", equalTo("2026-11-30T08:15:00Z"));
    }

    @Test
    void badOwnDetailsAreAProblemAndSomeoneNotInTheDirectoryIsNotFound() {
        DirectoryApi.createEmployee("{\"id\":\"me-lisa\",\"firstName\":\"Lisa\"}");
        given().auth().oauth2(TestTokens.employee("me-lisa")).contentType(ContentType.JSON)
                .body("{\"phoneNumbers\":[{\"kind\":\"WORK\",\"number\":\"12\"}]}")
                .when().put("/api/v1/me")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("phoneNumbers[0].number"));

        given().auth().oauth2(TestTokens.employee("me-nobody")).when().get("/api/v1/me")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
