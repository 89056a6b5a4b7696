package se.telefonpolicy.directory.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.directory.DirectoryApi;
import se.telefonpolicy.directory.TopicReader;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestTokens;

@QuarkusTest
class RepublishReEmitsTheDirectoryTest {

    @Inject
    DataSource dataSource;

    @Test
    void anAdministratorRepublishesEveryUnitAndEmployeeAsANewSnapshot() {
        DirectoryApi.createUnit("rp-unit", "Kultur och fritid", null);
        DirectoryApi.createEmployee("{\"id\":\"rp-emp\",\"firstName\":\"Nils\",\"lastName\":\"Öberg\",\"unitId\":\"rp-unit\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> OutboxRows.unpublishedIds(dataSource, "rp-").isEmpty());

        given().auth().oauth2(TestTokens.employee("rp-emp")).post("/api/v1/admin/republish").then().statusCode(403);
        int units = given().auth().oauth2(TestTokens.admin()).post("/api/v1/admin/republish")
                .then().statusCode(200).extract().path("units");
        assertThat(units).isGreaterThanOrEqualTo(1);

        await().atMost(Duration.ofSeconds(30)).until(() -> OutboxRows.unpublishedIds(dataSource, "rp-").isEmpty());
        assertThat(ceIds(Topic.DIRECTORY_UNITS, "rp-unit")).as("the original and the republished snapshot").hasSize(2);
        assertThat(ceIds(Topic.DIRECTORY_EMPLOYEES, "rp-emp")).hasSize(2);
    }

    private static Set<String> ceIds(Topic topic, String key) {
        return TopicReader.readToEnd(topic.topicName()).stream().filter(r -> key.equals(r.key()))
                .map(r -> KafkaTestClient.header(r, "ce_id")).collect(Collectors.toSet());
    }
}
