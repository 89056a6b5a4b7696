package se.telefonpolicy.directory.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.directory.DirectoryApi;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * Acceptance 1 of issue 5: a 2,000-row HR file with 5 bad rows upserts 1,995 and reports the 5 with
 * line and reason; importing it again changes nothing and puts nothing on directory.employees.v1.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HrImportUpsertsAndReportsRejectedRowsTest {

    private static final int ROWS = 2000;
    private static final String PREFIX = "imp-";
    private static byte[] file;
    /** Line in the file (header = 1) → the reason it must be rejected for. */
    private static final Map<Integer, String> BAD = Map.of(
            101, "Ogiltigt telefonnummer i kolumnen telefon: \"0223-12\"",
            502, "Okänd enhet \"imp-finns-inte\"",
            903, "Förnamn saknas",
            1404, "Anställningsnumret imp-10 finns redan på rad 11 i filen",
            1805, "Raden är inte giltig UTF-8 (fel teckenkodning)");

    @Test
    @Order(1)
    void theFirstImportUpsertsTheGoodRowsAndReportsEachBadOneWithLineAndReason() {
        DirectoryApi.createUnit("imp-bygg", "Bygglov (import)", null);
        DirectoryApi.createUnit("imp-social", "Försörjningsstöd (import)", null);
        // one person the administrator entered by hand before HR knew them: the import takes them over
        DirectoryApi.createEmployee("{\"id\":\"imp-7\",\"firstName\":\"Gammal\",\"lastName\":\"Post\"}");
        file = twoThousandRowsWithFiveBad();

        JsonPath job = HrFiles.importAndWait(file, false);

        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("percentDone")).isEqualTo(100);
        assertThat(job.getInt("rowsRead")).isEqualTo(ROWS);
        assertThat(job.getInt("created")).isEqualTo(1994);
        assertThat(job.getInt("updated")).as("imp-7 existed without an HR id").isEqualTo(1);
        assertThat(job.getInt("unchanged")).isZero();
        assertThat(job.getInt("rejected")).isEqualTo(5);
        List<Map<String, Object>> rejected = job.getList("rejectedRows");
        assertThat(rejected).extracting(r -> ((Number) r.get("line")).intValue())
                .containsExactlyElementsOf(BAD.keySet().stream().sorted().toList());
        for (Map<String, Object> r : rejected) {
            assertThat(r.get("reason")).isEqualTo(BAD.get(((Number) r.get("line")).intValue()));
        }

        given().auth().oauth2(TestTokens.admin()).get("/api/v1/employees/imp-10").then().statusCode(200)
                .body("hrId", equalTo("imp-10")).body("firstName", equalTo("Anna")).body("lastName", equalTo("Johansson"))
                .body("unitId", equalTo("imp-bygg")).body("phoneNumbers[0].number", equalTo("+4622344010"))
                .body("role", equalTo("MANAGER")).body("responsibilities", hasItem("bygglov"))
                .body("voicemailEnabled", equalTo(true));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/employees/imp-7").then().statusCode(200)
                .body("hrId", equalTo("imp-7")).body("firstName", equalTo("Johan")).body("voicemailEnabled", equalTo(false));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/employees/imp-100").then().statusCode(404);
    }

    @Test
    @Order(2)
    void importingTheSameFileAgainChangesNothingAndEmitsNoEvent() {
        JsonPath job = HrFiles.importAndWait(file, false);

        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("unchanged")).isEqualTo(1995);
        assertThat(job.getInt("created")).isZero();
        assertThat(job.getInt("updated")).isZero();
        assertThat(job.getInt("rejected")).isEqualTo(5);

        // markers written after the second import, one on each partition: a consumer that has read them
        // has read everything the relay sent before them, so an absence is proven without waiting
        Set<String> markers = markerKeysForEveryPartition();
        markers.forEach(id -> DirectoryApi.createEmployee("{\"id\":\"" + id + "\",\"firstName\":\"Markör\"}"));
        List<ConsumerRecord<String, String>> records = KafkaTestClient.readUntil(Topic.DIRECTORY_EMPLOYEES.topicName(),
                rs -> rs.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(markers),
                Duration.ofSeconds(60));
        assertThat(records.stream().map(ConsumerRecord::key).collect(Collectors.toSet())).containsAll(markers);

        Map<String, Long> importedPerKey = records.stream()
                .filter(r -> r.key().startsWith(PREFIX) && !markers.contains(r.key()))
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        assertThat(importedPerKey).as("one snapshot per upserted employee, all from the first import").hasSize(1995);
        // imp-7 was also published once when the administrator created it
        importedPerKey.forEach((key, n) -> assertThat(n).as(key).isEqualTo(key.equals("imp-7") ? 2 : 1));
    }

    @Test
    @Order(3)
    void aFileWithoutTheRequiredColumnsIsRefusedAtOnce() {
        given().auth().oauth2(TestTokens.admin()).contentType("text/csv")
                .body("anställningsnummer,förnamn\nx1,Anna\n".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/import/employees")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("file"));
        given().auth().oauth2(TestTokens.manager("m-1", "imp-bygg")).contentType("text/csv").body(file)
                .when().post("/api/v1/import/employees").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/import/jobs/" + java.util.UUID.randomUUID())
                .then().statusCode(404);
    }

    private static byte[] twoThousandRowsWithFiveBad() {
        HrFiles f = new HrFiles();
        for (int line = 2; line <= ROWS + 1; line++) {
            int n = line - 1;
            String unit = n % 2 == 0 ? "imp-bygg" : "imp-social";
            switch (line) {
                case 101 -> f.line(HrFiles.row(PREFIX, n, unit).replace(";0223-44100;", ";0223-12;"));
                case 502 -> f.line(HrFiles.row(PREFIX, n, "imp-finns-inte"));
                case 903 -> f.line(HrFiles.row(PREFIX, n, unit).replaceFirst(";[^;]+;", ";;"));
                case 1404 -> f.line(HrFiles.row(PREFIX, 10, unit));
                case 1805 -> {
                    byte[] good = HrFiles.row(PREFIX, n, unit).getBytes(StandardCharsets.UTF_8);
                    byte[] bad = new byte[good.length + 2];
                    System.arraycopy(good, 0, bad, 0, good.length);
                    bad[good.length] = (byte) 0xC3; // a lead byte followed by a non-continuation byte
                    bad[good.length + 1] = (byte) 0x28;
                    f.rawLine(bad);
                }
                default -> f.line(HrFiles.row(PREFIX, n, unit));
            }
        }
        return f.bytes();
    }

    private static Set<String> markerKeysForEveryPartition() {
        int partitions = Topic.DIRECTORY_EMPLOYEES.partitions();
        Set<Integer> covered = new HashSet<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; covered.size() < partitions; i++) {
            String key = "imp-marker-" + i;
            if (covered.add(Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions)) {
                keys.add(key);
            }
        }
        return new HashSet<>(keys);
    }
}
