package se.telefonpolicy.directory.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import se.telefonpolicy.directory.DirectoryApi;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * A full import (full=true) deactivates the HR system's employees the file no longer lists; people
 * entered by hand without an HR id are not the HR system's and stay. The directory is shared with the
 * module's other tests, so what else a full import ends is counted from the directory beforehand.
 */
@QuarkusTest
class FullHrImportDeactivatesTheMissingTest {

    private static final int ROWS = 600; // more than one batch of 500

    @Test
    void employeesMissingFromAFullImportAreDeactivatedAndTheOthersStay() {
        DirectoryApi.createUnit("full-enhet", "Försörjningsstöd (fullständig import)", null);
        DirectoryApi.createEmployee("{\"id\":\"full-konsult\",\"firstName\":\"Kim\",\"lastName\":\"Konsult\",\"unitId\":\"full-enhet\"}");
        JsonPath first = HrFiles.importAndWait(file(ROWS), true);
        assertThat(first.getInt("created")).isEqualTo(ROWS);

        JsonPath partial = HrFiles.importAndWait(file(ROWS - 50), false);
        assertThat(partial.getInt("unchanged")).isEqualTo(ROWS - 50);
        assertThat(partial.getInt("deactivated")).as("not a full import: nobody is deactivated").isZero();

        Set<String> inFile = IntStream.rangeClosed(1, ROWS - 50).mapToObj(n -> "full-" + n).collect(Collectors.toSet());
        long othersFromHr = activeFromHr().stream().filter(id -> !inFile.contains(id) && !id.startsWith("full-")).count();
        JsonPath full = HrFiles.importAndWait(file(ROWS - 50), true);
        assertThat(full.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(full.getInt("unchanged")).isEqualTo(ROWS - 50);
        assertThat(full.getInt("deactivated")).isEqualTo(50 + othersFromHr);
        assertThat(activeFromHr()).as("only the file's employees are still active from HR").containsExactlyInAnyOrderElementsOf(inFile);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/employees/full-" + ROWS).then().statusCode(200)
                .body("active", equalTo(false));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/employees/full-konsult").then().statusCode(200)
                .body("active", equalTo(true));

        JsonPath again = HrFiles.importAndWait(file(ROWS - 50), true);
        assertThat(again.getInt("deactivated")).as("already inactive").isZero();

        JsonPath rehired = HrFiles.importAndWait(new HrFiles().line(HrFiles.row("full-", ROWS, "full-enhet")).bytes(), false);
        assertThat(rehired.getInt("updated")).isEqualTo(1);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/employees/full-" + ROWS).then().body("active", equalTo(true));
    }

    private static byte[] file(int rows) {
        HrFiles f = new HrFiles();
        for (int n = 1; n <= rows; n++) {
            f.line(HrFiles.row("full-", n, "full-enhet"));
        }
        return f.bytes();
    }

    /** Ids of the active employees that have an HR id. */
    private static List<String> activeFromHr() {
        List<Map<String, Object>> everyone = given().auth().oauth2(TestTokens.admin()).get("/api/v1/employees")
                .then().statusCode(200).extract().jsonPath().getList("");
        return everyone.stream().filter(e -> Boolean.TRUE.equals(e.get("active")) && e.get("hrId") != null)
                .map(e -> (String) e.get("id")).toList();
    }
}
