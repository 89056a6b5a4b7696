package se.telefonpolicy.directory.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import se.telefonpolicy.directory.SecondDirectoryProfile;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * The sample directory (a municipality shaped like Fagersta kommun) loaded at startup into an empty
 * directory, and the switchboard's search over it (acceptance 2 of issue 5: "bygglovet" ranks a
 * building-permit officer first, "Svenson" finds a Svensson).
 */
@QuarkusTest
@TestProfile(SecondDirectoryProfile.class)
class SampleDirectoryTest {

    @Inject
    SampleData sampleData;

    @Test
    void theSampleIsLoadedOnceWithAManagerForEveryUnitAndTheContactCentreAsAServiceDesk() {
        List<Map<String, Object>> units = given().auth().oauth2(TestTokens.admin()).get("/api/v1/units")
                .then().statusCode(200).extract().jsonPath().getList("");
        assertThat(units).hasSizeBetween(38, 45);
        assertThat(units).allSatisfy(u -> assertThat(u.get("managerEmployeeId")).as((String) u.get("id")).isNotNull());
        assertThat(units.stream().filter(u -> u.get("parentId") == null)).hasSizeBetween(5, 6);
        Map<String, Object> kontaktcenter = units.stream().filter(u -> u.get("id").equals("ks-kontaktcenter")).findFirst()
                .orElseThrow();
        assertThat(kontaktcenter.get("serviceFunction")).isEqualTo(true);
        assertThat(kontaktcenter.get("missedCallsCreateTasks")).isEqualTo(true);
        assertThat(kontaktcenter.get("phoneNumber")).isEqualTo("+4622344000");
        @SuppressWarnings({ "unchecked", "rawtypes" })
        Map<String, Object> desk = (Map<String, Object>) kontaktcenter.get("serviceDesk");
        assertThat(desk.get("minimumStaffing")).isEqualTo(2);
        assertThat((List<Object>) desk.get("openingHours")).hasSize(10).contains(
                Map.of("day", "MONDAY", "opens", "08:00", "closes", "12:00"),
                Map.of("day", "MONDAY", "opens", "13:00", "closes", "16:30"));

        List<Map<String, Object>> employees = given().auth().oauth2(TestTokens.admin()).get("/api/v1/employees")
                .then().statusCode(200).extract().jsonPath().getList("");
        assertThat(employees).hasSizeBetween(550, 650);
        assertThat(employees).allSatisfy(e -> assertThat(e.get("id")).isEqualTo(e.get("hrId")));
        assertThat(employees).filteredOn(e -> "10001".equals(e.get("id"))).singleElement()
                .satisfies(e -> assertThat(e.get("title")).isEqualTo("Kommunchef"));

        assertThat(sampleData.loadIfEmpty()).as("the directory is no longer empty").isFalse();
        assertThat(given().auth().oauth2(TestTokens.admin()).get("/api/v1/employees").then().extract().jsonPath()
                .getList("")).hasSize(employees.size());
    }

    @Test
    void aRealisticShareOfTheSampleBreaksTheQualityRules() {
        JsonPath quality = given().auth().oauth2(TestTokens.admin()).get("/api/v1/quality").then().statusCode(200)
                .extract().jsonPath();
        List<String> rules = quality.getList("problems.flatten().rule");
        long noVoicemail = rules.stream().filter("VOICEMAIL_ENABLED"::equals).count();
        long greeting = rules.stream().filter("GREETING_RECORDED"::equals).count();
        List<String> fields = quality.getList("problems.flatten().field");
        long notConfirmed = fields.stream().filter("verifiedAt"::equals).count();
        assertThat(noVoicemail).as("about 5 % without voicemail").isBetween(10L, 60L);
        assertThat(greeting).as("no greeting or one too long").isBetween(30L, 120L);
        assertThat(notConfirmed).as("not confirmed within a year").isBetween(40L, 130L);
    }

    @Test
    void bygglovetRanksABuildingPermitOfficerFirst() {
        List<Map<String, Object>> hits = search("bygglovet");
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).get("kind")).isEqualTo("EMPLOYEE");
        assertThat(hits.get(0).get("title")).isEqualTo("Bygglovshandläggare");
        assertThat(hits.get(0).get("unitName")).isEqualTo("Bygglov");
        assertThat(hits.get(0).get("phoneNumber")).asString().startsWith("+46223");
    }

    @Test
    void svensonFindsASvensson() {
        List<Map<String, Object>> hits = search("Svenson");
        assertThat(hits).extracting(h -> (String) h.get("name")).anyMatch(n -> n.endsWith(" Svensson"));
        assertThat(hits.get(0).get("name")).asString().endsWith("Svensson");
    }

    private static List<Map<String, Object>> search(String q) {
        return given().auth().oauth2(TestTokens.switchboard("10050")).queryParam("q", q).get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath().getList("");
    }
}
