package se.telefonpolicy.directory.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.directory.EmployeeRole;
import se.telefonpolicy.contracts.directory.EmployeeSnapshot;
import se.telefonpolicy.contracts.directory.PhoneNumber;
import se.telefonpolicy.contracts.directory.PhoneNumberKind;
import se.telefonpolicy.directory.DirectoryApi;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestTokens;

@QuarkusTest
class EmployeeChangesArePublishedTest {

    private static final String ANNA = """
            {"id":"ec-anna","hrId":"HR-1001","firstName":"Anna","lastName":"Svensson","title":"Bygglovshandläggare",
             "unitId":"ec-bygglov","extension":"4711",
             "phoneNumbers":[{"kind":"WORK","number":"0223-130 11"},{"kind":"MOBILE","number":"070-123 45 67"}],
             "email":"anna.svensson@fagersta.se","role":"CASE_OFFICER","voicemailEnabled":true,
             "greeting":{"recordedAt":"2026-11-02T08:00:00Z","lengthSeconds":12},
             "responsibilities":["bygglov","strandskyddsdispens"]}""";

    @Test
    void anAdministratorCreatesChangesAndDeletesAnEmployeeAndEachChangeIsPublished() {
        DirectoryApi.createUnit("ec-bygglov", "Bygglov", null);

        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(ANNA)
                .when().post("/api/v1/employees")
                .then().statusCode(201).body("phoneNumbers[0].number", equalTo("+4622313011"))
                .body("phoneNumbers[1].number", equalTo("+46701234567")).body("active", equalTo(true))
                .body("verifiedAt", nullValue());
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(ANNA)
                .when().post("/api/v1/employees").then().statusCode(409);

        EmployeeSnapshot created = latestSnapshot("ec-anna", s -> true);
        assertThat(created.hrId()).isEqualTo("HR-1001");
        assertThat(created.phoneNumbers()).containsExactly(new PhoneNumber(PhoneNumberKind.WORK, "+4622313011"),
                new PhoneNumber(PhoneNumberKind.MOBILE, "+46701234567"));
        assertThat(created.role()).isEqualTo(EmployeeRole.CASE_OFFICER);
        assertThat(created.greeting().lengthSeconds()).isEqualTo(12);
        assertThat(created.greeting().recordedAt()).isEqualTo(Instant.parse("2026-11-02T08:00:00Z"));
        assertThat(created.responsibilities()).containsExactly("bygglov", "strandskyddsdispens");
        assertThat(created.voicemailEnabled()).isTrue();

        DirectoryApi.updateEmployee("ec-anna", ANNA.replace("\"Svensson\"", "\"Svensson-Ek\"")
                .replace("\"voicemailEnabled\":true", "\"voicemailEnabled\":false").replace("\"ec-anna\"", "\"ec-anna\",\"active\":false"));
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/employees/ec-anna")
                .then().statusCode(200).body("lastName", equalTo("Svensson-Ek")).body("active", equalTo(false));
        EmployeeSnapshot updated = latestSnapshot("ec-anna", s -> "Svensson-Ek".equals(s.lastName()));
        assertThat(updated.voicemailEnabled()).isFalse();
        assertThat(updated.active()).isFalse();
        assertThat(given().auth().oauth2(TestTokens.admin()).queryParam("unitId", "ec-bygglov").when().get("/api/v1/employees")
                .then().statusCode(200).extract().jsonPath().getList("id", String.class)).containsExactly("ec-anna");

        DirectoryApi.deleteEmployee("ec-anna");
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/employees/ec-anna").then().statusCode(404);
        var tombstone = KafkaTestClient.find(Topic.DIRECTORY_EMPLOYEES.topicName(),
                r -> "ec-anna".equals(r.key()) && r.value() == null, Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("no tombstone for the deleted employee"));
        assertThat(KafkaTestClient.header(tombstone, "ce_type")).isEqualTo(EventType.EMPLOYEE_DELETED.ceType());
    }

    @Test
    void theManagerOfAUnitCannotBeDeleted() {
        DirectoryApi.createUnit("ec-ledning", "Ledning", null);
        DirectoryApi.createEmployee("{\"id\":\"ec-chef\",\"firstName\":\"Eva\",\"lastName\":\"Lind\",\"unitId\":\"ec-ledning\"}");
        DirectoryApi.updateUnit("ec-ledning", "{\"name\":\"Ledning\",\"managerEmployeeId\":\"ec-chef\"}");

        given().auth().oauth2(TestTokens.admin()).when().delete("/api/v1/employees/ec-chef")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void badEmployeeInputIsAProblemNamingTheField() {
        assertProblem("{\"id\":\"ec-x\",\"phoneNumbers\":[{\"kind\":\"WORK\",\"number\":\"ring mig\"}]}", "phoneNumbers[0].number");
        assertProblem("{\"id\":\"ec-x\",\"unitId\":\"no-such-unit\"}", "unitId");
        assertProblem("{\"id\":\"ec-x\",\"extension\":\"12a\"}", "extension");
        assertProblem("{\"id\":\"ec-x\",\"email\":\"inte en adress\"}", "email");
        assertProblem("{\"id\":\"ec-x\",\"role\":\"KING\"}", "role");
        assertProblem("{\"id\":\"ec-x\",\"greeting\":{\"recordedAt\":\"2026-11-02T08:00:00Z\",\"lengthSeconds\":0}}", "greeting.lengthSeconds");
        assertProblem("{\"firstName\":\"Utan id\"}", "id");
        DirectoryApi.createEmployee("{\"id\":\"ec-hr\",\"hrId\":\"HR-77\"}");
        assertProblem("{\"id\":\"ec-hr2\",\"hrId\":\"HR-77\"}", "hrId");
    }

    private static void assertProblem(String body, String field) {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/employees")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static EmployeeSnapshot latestSnapshot(String id, java.util.function.Predicate<EmployeeSnapshot> match) {
        var records = KafkaTestClient.readUntil(Topic.DIRECTORY_EMPLOYEES.topicName(),
                rs -> snapshots(rs, id).stream().anyMatch(match), Duration.ofSeconds(20));
        return snapshots(records, id).stream().filter(match).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no matching snapshot of " + id));
    }

    private static List<EmployeeSnapshot> snapshots(List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records,
            String id) {
        return records.stream().filter(r -> id.equals(r.key()) && r.value() != null)
                .map(r -> EventJson.<EmployeeSnapshot>fromJson(EventType.EMPLOYEE_SNAPSHOT, r.value())).toList();
    }
}
