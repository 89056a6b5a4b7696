package se.telefonpolicy.directory.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestTokens;

@QuarkusTest
class CreateUnitPublishesSnapshotTest {

    @Test
    void aCreatedUnitIsStoredAndPublishedAsACloudEvent() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"id\":\"kontaktcenter\",\"name\":\"Kontaktcenter\"}")
                .when().post("/api/v1/units")
                .then().statusCode(201).body("name", equalTo("Kontaktcenter"));

        given().auth().oauth2(TestTokens.employee("emp-1")).when().get("/api/v1/units/kontaktcenter").then().statusCode(200).body("id", equalTo("kontaktcenter"));

        var record = KafkaTestClient.find(Topic.DIRECTORY_UNITS.topicName(), r -> "kontaktcenter".equals(r.key()),
                Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("no unit snapshot on the topic"));
        assertThat(KafkaTestClient.header(record, "ce_type")).isEqualTo(EventType.UNIT_SNAPSHOT.ceType());
        UnitSnapshot snapshot = EventJson.fromJson(EventType.UNIT_SNAPSHOT, record.value());
        assertThat(snapshot.name()).isEqualTo("Kontaktcenter");
        assertThat(KafkaTestClient.header(record, "ce_id")).isNotBlank();
        assertThat(KafkaTestClient.header(record, "ce_subject")).isEqualTo("kontaktcenter");

    }

    @Test
    void badInputIsAProblemNamingTheField() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"id\":\"Not Valid!\",\"name\":\"\"}")
                .when().post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("id")).body("errors.field", hasItem("name"));

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"id\":\"orphan\",\"name\":\"Orphan\",\"parentId\":\"missing\"}")
                .when().post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("parentId"));

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{not json")
                .when().post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json");

        given().auth().oauth2(TestTokens.employee("emp-1")).when().get("/api/v1/units/nobody").then().statusCode(404).contentType("application/problem+json");
    }
}
