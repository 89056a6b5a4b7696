package se.telefonpolicy.directory.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.directory.DirectoryApi;
import se.telefonpolicy.directory.SecondDirectoryProfile;
import se.telefonpolicy.directory.TopicReader;
import se.telefonpolicy.platform.outbox.OutboxRelay;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * Acceptance 5 of issue 5: with the relay stopped, changes and their events are committed and
 * nothing reaches Kafka; once the relay runs, every event arrives exactly once by ce_id.
 */
@QuarkusTest
@TestProfile(SecondDirectoryProfile.class)
class OutboxDeliversEachEventExactlyOnceTest {

    @Inject
    OutboxRelay relay;

    @Inject
    DataSource dataSource;

    @Test
    void changesAreCommittedWhileTheRelayIsStoppedAndArriveExactlyOnceWhenItRuns() {
        DirectoryApi.createUnit("xo-unit", "Servicecenter", null);
        DirectoryApi.updateUnit("xo-unit", "{\"name\":\"Servicecenter\",\"phoneNumber\":\"0223-131 00\"}");
        DirectoryApi.createUnit("xo-gone", "Tillfällig enhet", "xo-unit");
        DirectoryApi.deleteUnit("xo-gone");
        DirectoryApi.createEmployee("{\"id\":\"xo-emp\",\"firstName\":\"Sara\",\"lastName\":\"Lund\",\"unitId\":\"xo-unit\"}");
        DirectoryApi.updateEmployee("xo-emp", "{\"firstName\":\"Sara\",\"lastName\":\"Lundqvist\",\"unitId\":\"xo-unit\"}");

        given().auth().oauth2(TestTokens.admin()).get("/api/v1/units/xo-unit").then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/employees/xo-emp").then().statusCode(200);
        List<UUID> pending = OutboxRows.unpublishedIds(dataSource, "xo-");
        assertThat(pending).as("six changes, six events waiting in the outbox").hasSize(6);
        assertThat(ourRecords()).as("nothing relayed while the relay is stopped").isEmpty();

        int relayed = 0;
        for (int sent = relay.relayBatch(); sent > 0; sent = relay.relayBatch()) {
            relayed += sent;
        }
        assertThat(relayed).isGreaterThanOrEqualTo(6);
        assertThat(OutboxRows.unpublishedIds(dataSource, "xo-")).isEmpty();
        assertThat(relay.relayBatch()).as("a relayed row is not sent again").isZero();

        Map<String, Long> copiesByCeId = ourRecords().stream()
                .collect(Collectors.groupingBy(r -> KafkaTestClient.header(r, "ce_id"), Collectors.counting()));
        assertThat(copiesByCeId.keySet()).containsExactlyInAnyOrderElementsOf(pending.stream().map(UUID::toString).toList());
        assertThat(copiesByCeId.values()).allMatch(n -> n == 1);
    }

    private static List<ConsumerRecord<String, String>> ourRecords() {
        return Stream.of(Topic.DIRECTORY_UNITS, Topic.DIRECTORY_EMPLOYEES)
                .map(t -> TopicReader.readToEnd(t.topicName())).flatMap(List::stream)
                .filter(r -> r.key() != null && r.key().startsWith("xo-"))
                .map(Function.<ConsumerRecord<String, String>>identity()).toList();
    }
}
