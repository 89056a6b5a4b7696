package se.telefonpolicy.directory.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.telefonpolicy.directory.DirectoryApi;
import se.telefonpolicy.testsupport.TestTokens;

/** Acceptance 4 of issue 5: the right rule ids per employee; a manager sees their subtree, an employee themself. */
@QuarkusTest
class QualityIsShownPerRoleTest {

    private static boolean created;

    @BeforeEach
    void directory() {
        if (created) {
            return;
        }
        DirectoryApi.createUnit("q-root", "Barn och utbildning", null);
        DirectoryApi.createUnit("q-sub", "Skolskjuts", "q-root");
        DirectoryApi.createUnit("q-other", "Kultur", null);
        DirectoryApi.createEmployee("""
                {"id":"q-boss","firstName":"Maja","lastName":"Ek","unitId":"q-root","extension":"4100","voicemailEnabled":true,
                 "greeting":{"recordedAt":"2026-10-01T08:00:00Z","lengthSeconds":12}}""");
        DirectoryApi.updateUnit("q-root", "{\"name\":\"Barn och utbildning\",\"managerEmployeeId\":\"q-boss\"}");
        given().auth().oauth2(TestTokens.employee("q-boss")).contentType(ContentType.JSON).body("{\"confirm\":true}")
                .put("/api/v1/me").then().statusCode(200);
        DirectoryApi.createEmployee("""
                {"id":"q-emma","firstName":"Emma","lastName":"Lind","unitId":"q-sub","phoneNumbers":[{"kind":"WORK","number":"0223-133 00"}]}""");
        DirectoryApi.createEmployee("""
                {"id":"q-long","firstName":"Olle","unitId":"q-root","voicemailEnabled":true,
                 "greeting":{"recordedAt":"2026-10-01T08:00:00Z","lengthSeconds":45}}""");
        DirectoryApi.createEmployee("{\"id\":\"q-out\",\"unitId\":\"q-other\"}");
        created = true;
    }

    @Test
    void anAdministratorSeesEveryViolatingEmployeeOfAUnitTreeWithTheRuleIds() {
        Map<String, List<String>> problems = quality(TestTokens.admin(), "q-root");

        assertThat(problems).containsOnlyKeys("q-emma", "q-long");
        assertThat(problems.get("q-emma")).containsExactly("DIRECTORY_CORRECT:verifiedAt",
                "DIRECTORY_CORRECT:unit.managerEmployeeId", "VOICEMAIL_ENABLED:voicemailEnabled", "GREETING_RECORDED:greeting");
        assertThat(problems.get("q-long")).containsExactly("DIRECTORY_CORRECT:lastName", "DIRECTORY_CORRECT:phoneNumbers",
                "DIRECTORY_CORRECT:verifiedAt", "GREETING_RECORDED:greeting.lengthSeconds");
    }

    @Test
    void aManagerSeesOnlyTheirSubtree() {
        String boss = TestTokens.manager("q-boss", "q-root");
        assertThat(quality(boss, null)).containsOnlyKeys("q-emma", "q-long");
        assertThat(quality(boss, "q-sub")).containsOnlyKeys("q-emma");
        given().auth().oauth2(boss).queryParam("unit", "q-other").get("/api/v1/quality")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theDirectorysManagerLinkCountsAsInEveryService() {
        // the token names q-other; the directory names q-boss the manager of q-root: both subtrees
        String boss = TestTokens.manager("q-boss", "q-other");
        assertThat(quality(boss, "q-root")).containsOnlyKeys("q-emma", "q-long");
        assertThat(quality(boss, null)).containsOnlyKeys("q-emma", "q-long", "q-out");
        // no unit in the token: the directory alone
        String bossWithoutUnit = TestTokens.token("q-boss", null, java.util.Set.of("manager", "employee"));
        assertThat(quality(bossWithoutUnit, null)).containsOnlyKeys("q-emma", "q-long");
        given().auth().oauth2(bossWithoutUnit).queryParam("unit", "q-other").get("/api/v1/quality").then().statusCode(403);
    }

    @Test
    void aUnitOutsideTheManagersScopeIsRefusedWhetherItExistsOrNot() {
        given().auth().oauth2(TestTokens.manager("q-boss", "q-root")).queryParam("unit", "q-nowhere").get("/api/v1/quality")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anEmployeeSeesOnlyThemselfAlsoInMe() {
        assertThat(quality(TestTokens.employee("q-emma"), null)).containsOnlyKeys("q-emma");
        assertThat(quality(TestTokens.switchboard("q-long"), null)).containsOnlyKeys("q-long");
        given().auth().oauth2(TestTokens.employee("q-emma")).queryParam("unit", "q-root").get("/api/v1/quality")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.employee("q-emma")).get("/api/v1/me")
                .then().statusCode(200).body("problems.rule", hasItem("VOICEMAIL_ENABLED"))
                .body("problems.field", hasItem("unit.managerEmployeeId"));
        assertThat(given().auth().oauth2(TestTokens.employee("q-boss")).get("/api/v1/me")
                .then().statusCode(200).extract().jsonPath().getList("problems")).isEmpty();
    }

    @Test
    void thePbxMayNotReadQualityAndAnUnknownUnitIsAProblem() {
        given().auth().oauth2(TestTokens.pbx()).get("/api/v1/quality").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).queryParam("unit", "q-nowhere").get("/api/v1/quality")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("unit"));
    }

    private static Map<String, List<String>> quality(String token, String unit) {
        var request = given().auth().oauth2(token);
        if (unit != null) {
            request = request.queryParam("unit", unit);
        }
        List<Map<String, Object>> rows = request.get("/api/v1/quality").then().statusCode(200).extract().jsonPath().getList("");
        return rows.stream().collect(Collectors.toMap(r -> (String) r.get("employeeId"), r -> {
            @SuppressWarnings("unchecked")
            List<Map<String, String>> found = (List<Map<String, String>>) r.get("problems");
            return found.stream().map(f -> f.get("rule") + ":" + f.get("field")).toList();
        }));
    }
}
