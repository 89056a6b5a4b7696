package se.telefonpolicy.directory.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.directory.EmployeeSnapshot;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.directory.DirectoryApi;
import se.telefonpolicy.directory.TopicReader;
import se.telefonpolicy.directory.api.EmployeeView;
import se.telefonpolicy.directory.api.UnitView;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * Acceptance 3 of issue 5: a new subscriber that reads the compacted topics from the beginning ends
 * up with exactly the directory the database holds, deleted units and employees gone.
 */
@QuarkusTest
class CompactedTopicsRebuildTheDirectoryTest {

    @Inject
    DataSource dataSource;

    @Test
    void aFreshConsumerRebuildsExactlyTheDirectoryInTheDatabaseDeletionsIncluded() throws Exception {
        DirectoryApi.createUnit("rb-sbf", "Samhällsbyggnadsförvaltningen", null);
        DirectoryApi.createUnit("rb-bygglov", "Bygglov", "rb-sbf");
        DirectoryApi.createUnit("rb-gata", "Gata och park", "rb-sbf");
        DirectoryApi.createUnit("rb-nedlagd", "Nedlagd enhet", "rb-sbf");
        DirectoryApi.createEmployee("""
                {"id":"rb-anna","firstName":"Anna","lastName":"Svensson","unitId":"rb-bygglov",
                 "phoneNumbers":[{"kind":"WORK","number":"0223-130 11"}],"responsibilities":["bygglov"]}""");
        DirectoryApi.createEmployee("{\"id\":\"rb-bo\",\"firstName\":\"Bo\",\"lastName\":\"Ek\",\"unitId\":\"rb-gata\"}");
        DirectoryApi.createEmployee("{\"id\":\"rb-cia\",\"firstName\":\"Cia\",\"lastName\":\"Berg\",\"unitId\":\"rb-nedlagd\"}");
        DirectoryApi.updateUnit("rb-bygglov", """
                {"name":"Bygglov och tillsyn","parentId":"rb-sbf","managerEmployeeId":"rb-anna","phoneNumber":"0223-130 10",
                 "serviceFunction":true,"serviceDesk":{"openingHours":[{"day":"TUESDAY","opens":"09:00","closes":"12:00"}],
                 "exceptions":[{"date":"2026-12-24"}],"minimumStaffing":1},"missedCallsCreateTasks":true}""");
        DirectoryApi.updateEmployee("rb-bo", "{\"firstName\":\"Bo\",\"lastName\":\"Ek\",\"unitId\":\"rb-bygglov\",\"title\":\"Inspektör\"}");
        DirectoryApi.deleteEmployee("rb-cia");
        DirectoryApi.deleteUnit("rb-nedlagd");

        // everything committed has been relayed: the topics now hold the whole history
        await().atMost(Duration.ofSeconds(30)).until(() -> OutboxRows.unpublishedIds(dataSource, "").isEmpty());

        Map<String, UnitSnapshot> unitsFromTopic = rebuild(TopicReader.readToEnd(Topic.DIRECTORY_UNITS.topicName()),
                EventType.UNIT_SNAPSHOT, EventType.UNIT_DELETED);
        Map<String, EmployeeSnapshot> employeesFromTopic = rebuild(TopicReader.readToEnd(Topic.DIRECTORY_EMPLOYEES.topicName()),
                EventType.EMPLOYEE_SNAPSHOT, EventType.EMPLOYEE_DELETED);

        assertThat(unitsFromTopic).containsKeys("rb-sbf", "rb-bygglov", "rb-gata").doesNotContainKey("rb-nedlagd");
        assertThat(employeesFromTopic).containsKeys("rb-anna", "rb-bo").doesNotContainKey("rb-cia");
        assertThat(unitsFromTopic.get("rb-bygglov").serviceDesk().exceptions()).hasSize(1);
        assertThat(employeesFromTopic.get("rb-bo").unitId()).isEqualTo("rb-bygglov");

        assertThat(unitsFromTopic).isEqualTo(unitsInTheApi());
        assertThat(employeesFromTopic).isEqualTo(employeesInTheApi());
    }

    /** What any subscriber does with a compacted topic: the latest value per key, a tombstone removes the key. */
    private static <T extends DomainEvent> Map<String, T> rebuild(List<ConsumerRecord<String, String>> records,
            EventType snapshot, EventType deleted) {
        Map<String, T> state = new LinkedHashMap<>();
        for (var record : records) {
            if (record.value() == null) {
                assertThat(KafkaTestClient.header(record, "ce_type")).isEqualTo(deleted.ceType());
                state.remove(record.key());
            } else {
                state.put(record.key(), EventJson.fromJson(snapshot, record.value()));
            }
        }
        return state;
    }

    private static Map<String, UnitSnapshot> unitsInTheApi() throws Exception {
        List<UnitView> views = EventJson.mapper().readValue(
                given().auth().oauth2(TestTokens.admin()).get("/api/v1/units").then().statusCode(200).extract().asString(),
                new TypeReference<List<UnitView>>() {
                });
        return views.stream().map(v -> new UnitSnapshot(v.id(), v.name(), v.parentId(), v.managerEmployeeId(), v.phoneNumber(),
                v.email(), v.serviceFunction(), v.serviceDesk(), v.missedCallsCreateTasks(), v.updatedAt()))
                .collect(Collectors.toMap(UnitSnapshot::unitId, Function.identity()));
    }

    private static Map<String, EmployeeSnapshot> employeesInTheApi() throws Exception {
        List<EmployeeView> views = EventJson.mapper().readValue(
                given().auth().oauth2(TestTokens.admin()).get("/api/v1/employees").then().statusCode(200).extract().asString(),
                new TypeReference<List<EmployeeView>>() {
                });
        return views.stream().map(v -> new EmployeeSnapshot(v.id(), v.hrId(), v.firstName(), v.lastName(), v.title(), v.unitId(),
                v.extension(), v.phoneNumbers(), v.email(), v.role(), v.voicemailEnabled(), v.greeting(), v.responsibilities(),
                v.verifiedAt(), v.active(), v.updatedAt()))
                .collect(Collectors.toMap(EmployeeSnapshot::employeeId, Function.identity()));
    }
}
