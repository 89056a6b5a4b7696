package se.telefonpolicy.directory.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.directory.DirectoryApi;
import se.telefonpolicy.testsupport.TestTokens;

/** RIGHT_OFFICER: acceptance 2 of issue 5 as far as behaviour goes (the latency goal is a benchmark, not a test). */
@QuarkusTest
class SwitchboardFindsTheRightOfficerTest {

    private static boolean created;

    @BeforeEach
    void directory() {
        if (created) {
            return;
        }
        DirectoryApi.createUnit("sok-sbf", "Samhällsbyggnad", null);
        DirectoryApi.createUnit("sok-bygglov", "Bygglov", "sok-sbf");
        DirectoryApi.updateUnit("sok-bygglov", "{\"name\":\"Bygglov\",\"parentId\":\"sok-sbf\",\"phoneNumber\":\"0223-131 50\"}");
        DirectoryApi.createUnit("sok-resor", "Resor och transporter", null);
        DirectoryApi.createEmployee("""
                {"id":"sok-gustav","firstName":"Gustav","lastName":"Wennerholm","unitId":"sok-bygglov",
                 "phoneNumbers":[{"kind":"MOBILE","number":"070-111 22 33"},{"kind":"WORK","number":"0223-131 51"}],
                 "responsibilities":["bygglov","marklov"]}""");
        DirectoryApi.createEmployee("""
                {"id":"sok-helga","firstName":"Helga","lastName":"Wennerholm-Dahl","unitId":"sok-bygglov",
                 "title":"Bygglovshandläggare","responsibilities":["bygglov","strandskydd"]}""");
        DirectoryApi.createEmployee("""
                {"id":"sok-ingrid","firstName":"Ingrid","lastName":"Svensson","unitId":"sok-resor",
                 "phoneNumbers":[{"kind":"WORK","number":"0223-132 00"}],"responsibilities":["färdtjänst","skolskjuts"]}""");
        DirectoryApi.createEmployee("""
                {"id":"sok-former","firstName":"Ivar","lastName":"Svensson","unitId":"sok-resor","active":false,
                 "responsibilities":["skolskjuts"]}""");
        created = true;
    }

    @Test
    void bygglovetRanksTheBuildingPermitOfficersFirstThenTheirUnit() {
        List<Hit> hits = search(TestTokens.switchboard("sb-1"), "bygglovet");

        List<String> ids = hits.stream().map(Hit::id).toList();
        assertThat(ids).contains("sok-gustav", "sok-helga", "sok-bygglov").doesNotContain("sok-ingrid");
        int firstUnit = hits.stream().map(Hit::kind).toList().indexOf("UNIT");
        assertThat(ids.indexOf("sok-gustav")).as("the officers before any unit").isLessThan(firstUnit);
        assertThat(ids.indexOf("sok-helga")).as("the officers before any unit").isLessThan(firstUnit);
        Hit gustav = hits.get(ids.indexOf("sok-gustav"));
        assertThat(gustav.unitName()).isEqualTo("Bygglov");
        assertThat(gustav.phoneNumber()).as("the work number first").isEqualTo("+4622313151");
        assertThat(hits.get(ids.indexOf("sok-helga")).phoneNumber()).as("no own number: the unit's").isEqualTo("+4622313150");
        assertThat(hits.get(ids.indexOf("sok-bygglov")).phoneNumber()).isEqualTo("+4622313150");
    }

    @Test
    void aMisspelledNameStillFindsThePerson() {
        List<Hit> hits = search(TestTokens.admin(), "Svenson");
        assertThat(hits).extracting(Hit::id).contains("sok-ingrid").doesNotContain("sok-former");
        Hit ingrid = hits.stream().filter(h -> h.id().equals("sok-ingrid")).findFirst().orElseThrow();
        assertThat(ingrid.name()).isEqualTo("Ingrid Svensson");
        assertThat(ingrid.unitName()).isEqualTo("Resor och transporter");
        assertThat(ingrid.phoneNumber()).isEqualTo("+4622313200");
    }

    @Test
    void definiteFormsOfResponsibilitiesAndUnitNamesAreFound() {
        assertThat(search(TestTokens.employee("emp-1"), "skolskjutsen")).extracting(Hit::id).contains("sok-ingrid");
        assertThat(search(TestTokens.employee("emp-1"), "färdtjänsten")).extracting(Hit::id).contains("sok-ingrid");
        assertThat(search(TestTokens.employee("emp-1"), "transporterna")).extracting(Hit::id).contains("sok-resor");
    }

    @Test
    void anEmptyQueryIsAProblemAndThePbxMayNotSearch() {
        given().auth().oauth2(TestTokens.switchboard("sb-1")).queryParam("q", " ? ").when().get("/api/v1/search")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("q"));
        given().auth().oauth2(TestTokens.pbx()).queryParam("q", "bygglov").when().get("/api/v1/search")
                .then().statusCode(403).contentType("application/problem+json");
    }

    private static List<Hit> search(String token, String q) {
        JsonPath body = given().auth().oauth2(token).queryParam("q", q).when().get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath();
        return body.getList("", java.util.Map.class).stream()
                .map(m -> new Hit((String) m.get("kind"), (String) m.get("id"), (String) m.get("name"),
                        (String) m.get("unitName"), (String) m.get("phoneNumber")))
                .toList();
    }

    record Hit(String kind, String id, String name, String unitName, String phoneNumber) {
    }
}
