package se.telefonpolicy.directory.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.directory.DirectoryApi;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * A manager reads the members of the units of their scope (names for the unit page), by platform's manager scope as
 * the quality list does; a unit outside it is a 403 whether it exists or not; employees and the switchboard never.
 */
@QuarkusTest
class ManagersListTheirUnitsMembersTest {

    private static boolean created;

    @BeforeEach
    void directory() {
        if (created) {
            return;
        }
        DirectoryApi.createUnit("ml-root", "Socialförvaltningen", null);
        DirectoryApi.createUnit("ml-sub", "Försörjningsstöd", "ml-root");
        DirectoryApi.createUnit("ml-other", "Kultur och fritid", null);
        DirectoryApi.createEmployee("""
                {"id":"ml-boss","firstName":"Maja","lastName":"Ek","unitId":"ml-root"}""");
        DirectoryApi.updateUnit("ml-root", "{\"name\":\"Socialförvaltningen\",\"managerEmployeeId\":\"ml-boss\"}");
        DirectoryApi.createEmployee("""
                {"id":"ml-mattias","firstName":"Mattias","lastName":"Holmberg","unitId":"ml-sub",
                 "phoneNumbers":[{"kind":"WORK","number":"0223-441 23"}],"email":"mattias.holmberg@fagersta.exempel.se"}""");
        DirectoryApi.createEmployee("{\"id\":\"ml-out\",\"firstName\":\"Olle\",\"lastName\":\"Berg\",\"unitId\":\"ml-other\"}");
        DirectoryApi.createEmployee("{\"id\":\"ml-other-boss\",\"firstName\":\"Eva\",\"lastName\":\"Sund\",\"unitId\":\"ml-other\"}");
        DirectoryApi.updateUnit("ml-other", "{\"name\":\"Kultur och fritid\",\"managerEmployeeId\":\"ml-other-boss\"}");
        created = true;
    }

    @Test
    void theManagerOfTheUnitGetsItsMembersAndWithSubunitsTheSubtreesInTheEmployeeShape() {
        String boss = TestTokens.manager("ml-boss", "ml-root");
        assertThat(ids(list(boss, "ml-root", false))).containsExactly("ml-boss");
        assertThat(ids(list(boss, "ml-root", true))).containsExactlyInAnyOrder("ml-boss", "ml-mattias");
        List<Map<String, Object>> sub = list(boss, "ml-sub", false);
        assertThat(ids(sub)).containsExactly("ml-mattias");
        assertThat(sub.get(0)).containsEntry("firstName", "Mattias").containsEntry("lastName", "Holmberg")
                .containsEntry("email", "mattias.holmberg@fagersta.exempel.se").containsKey("phoneNumbers");
    }

    @Test
    void theDirectorysManagerLinkCountsAsInEveryService() {
        // the token names ml-other; the directory names ml-boss the manager of ml-root
        String boss = TestTokens.manager("ml-boss", "ml-other");
        assertThat(ids(list(boss, "ml-root", true))).containsExactlyInAnyOrder("ml-boss", "ml-mattias");
        String bossWithoutUnit = TestTokens.token("ml-boss", null, java.util.Set.of("manager", "employee"));
        assertThat(ids(list(bossWithoutUnit, "ml-sub", false))).containsExactly("ml-mattias");
        refused(bossWithoutUnit, "ml-other");
    }

    @Test
    void aUnitOutsideTheManagersScopeIsRefusedWhetherItExistsOrNot() {
        String otherBoss = TestTokens.manager("ml-other-boss", "ml-other");
        refused(otherBoss, "ml-root");
        refused(otherBoss, "ml-sub");
        refused(otherBoss, "ml-nowhere");
        given().auth().oauth2(otherBoss).queryParam("unitId", "ml-root").queryParam("subunits", true)
                .get("/api/v1/employees").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aManagerMustNameAUnit() {
        given().auth().oauth2(TestTokens.manager("ml-boss", "ml-root")).get("/api/v1/employees")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.manager("ml-boss", "ml-root")).get("/api/v1/employees/ml-mattias")
                .then().statusCode(403);
    }

    @Test
    void employeesAndTheSwitchboardAreRefused() {
        refused(TestTokens.employee("ml-mattias"), "ml-sub");
        refused(TestTokens.employee("ml-boss"), "ml-root");
        refused(TestTokens.switchboard("ml-out"), "ml-other");
        given().auth().oauth2(TestTokens.pbx()).queryParam("unitId", "ml-root").get("/api/v1/employees")
                .then().statusCode(403);
    }

    @Test
    void anAdministratorIsUnchanged() {
        String admin = TestTokens.admin();
        assertThat(ids(list(admin, "ml-root", false))).containsExactly("ml-boss");
        assertThat(ids(list(admin, "ml-root", true))).containsExactlyInAnyOrder("ml-boss", "ml-mattias");
        assertThat(ids(list(admin, "ml-nowhere", false))).isEmpty();
        List<Map<String, Object>> everyone = given().auth().oauth2(admin).get("/api/v1/employees").then().statusCode(200)
                .extract().jsonPath().getList("");
        assertThat(ids(everyone)).contains("ml-boss", "ml-mattias", "ml-out", "ml-other-boss");
        given().auth().oauth2(admin).get("/api/v1/employees/ml-mattias").then().statusCode(200);
    }

    private static List<Map<String, Object>> list(String token, String unitId, boolean subunits) {
        var request = given().auth().oauth2(token).queryParam("unitId", unitId);
        if (subunits) {
            request = request.queryParam("subunits", true);
        }
        return request.get("/api/v1/employees").then().statusCode(200).extract().jsonPath().getList("");
    }

    private static void refused(String token, String unitId) {
        given().auth().oauth2(token).queryParam("unitId", unitId).get("/api/v1/employees")
                .then().statusCode(403).contentType("application/problem+json");
    }

    private static List<String> ids(List<Map<String, Object>> employees) {
        return employees.stream().map(e -> (String) e.get("id")).toList();
    }
}
