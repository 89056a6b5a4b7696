package se.telefonpolicy.directory.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.directory.DirectoryApi;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestTokens;

@QuarkusTest
class DeletedUnitLeavesATombstoneTest {

    @Test
    void aUnitWithSubUnitsOrEmployeesIsKeptAndAnEmptyLeafIsDeletedWithATombstone() {
        DirectoryApi.createUnit("del-parent", "Socialförvaltningen", null);
        DirectoryApi.createUnit("del-child", "Äldreomsorg", "del-parent");
        DirectoryApi.createEmployee("{\"id\":\"del-emp\",\"firstName\":\"Lars\",\"lastName\":\"Holm\",\"unitId\":\"del-child\"}");

        given().auth().oauth2(TestTokens.admin()).when().delete("/api/v1/units/del-parent")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).when().delete("/api/v1/units/del-child")
                .then().statusCode(409).contentType("application/problem+json");

        DirectoryApi.deleteEmployee("del-emp");
        DirectoryApi.deleteUnit("del-child");

        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/units/del-child").then().statusCode(404);
        given().auth().oauth2(TestTokens.admin()).when().delete("/api/v1/units/del-child").then().statusCode(404);
        var tombstone = KafkaTestClient.find(Topic.DIRECTORY_UNITS.topicName(),
                r -> "del-child".equals(r.key()) && r.value() == null, Duration.ofSeconds(20))
                .orElseThrow(() -> new AssertionError("no tombstone for the deleted unit"));
        assertThat(KafkaTestClient.header(tombstone, "ce_type")).isEqualTo(EventType.UNIT_DELETED.ceType());
        assertThat(KafkaTestClient.header(tombstone, "ce_id")).isNotBlank();

        DirectoryApi.deleteUnit("del-parent");
    }
}
