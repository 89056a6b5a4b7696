package se.telefonpolicy.availability.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import se.telefonpolicy.testsupport.TestTokens;

/** A manager asks how many people the desk needs; bad input is a 400 naming the parameter. */
@QuarkusTest
class ErlangCStaffingAdviceTest {

    private static final String PATH = "/api/v1/staffing/erlang-c";
    /** Read decimals as doubles: RestAssured's default float would cost the fourth decimal. */
    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    @Test
    void aManagerGetsTheAgentsNeededAndTheFiguresForAGivenTeam() {
        given().config(DOUBLES).auth().oauth2(TestTokens.manager("emp-chef", "unit-kc"))
                .queryParam("callsPerHour", 200).queryParam("ahtSeconds", 180)
                .queryParam("targetAnswerSeconds", 20).queryParam("targetServiceLevel", 0.8)
                .queryParam("agents", 13)
                .when().get(PATH)
                .then().statusCode(200)
                .body("trafficErlangs", closeTo(10.0, 1e-9))
                .body("agentsNeeded", equalTo(14))
                .body("needed.probabilityOfWaiting", closeTo(0.1741, 0.00005))
                .body("needed.serviceLevel", closeTo(0.8884, 0.00005))
                .body("needed.averageSpeedOfAnswerSeconds", closeTo(7.84, 0.005))
                .body("needed.occupancy", closeTo(0.7143, 0.00005))
                .body("requested.agents", equalTo(13))
                .body("requested.probabilityOfWaiting", closeTo(0.2853, 0.00005))
                .body("requested.serviceLevel", closeTo(0.7956, 0.00005));
    }

    @Test
    void theSwitchboardAndAdminMayAskToo() {
        for (String token : new String[] { TestTokens.switchboard("emp-vaxel"), TestTokens.admin() }) {
            given().auth().oauth2(token)
                    .queryParam("callsPerHour", 200).queryParam("ahtSeconds", 180)
                    .queryParam("targetAnswerSeconds", 20).queryParam("targetServiceLevel", 0.8)
                    .when().get(PATH)
                    .then().statusCode(200).body("agentsNeeded", equalTo(14)).body("requested", nullValue());
        }
    }

    @Test
    void aMissingOrBadParameterIsA400NamingIt() {
        given().auth().oauth2(TestTokens.manager("emp-chef", "unit-kc"))
                .queryParam("ahtSeconds", 180).queryParam("targetAnswerSeconds", 20).queryParam("targetServiceLevel", 0.8)
                .when().get(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("callsPerHour"));
        given().auth().oauth2(TestTokens.manager("emp-chef", "unit-kc"))
                .queryParam("callsPerHour", 200).queryParam("ahtSeconds", "tre minuter")
                .queryParam("targetAnswerSeconds", 20).queryParam("targetServiceLevel", 0.8)
                .when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("ahtSeconds"));
        given().auth().oauth2(TestTokens.manager("emp-chef", "unit-kc"))
                .queryParam("callsPerHour", 200).queryParam("ahtSeconds", 180)
                .queryParam("targetAnswerSeconds", 20).queryParam("targetServiceLevel", 80)
                .when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("targetServiceLevel"));
        given().auth().oauth2(TestTokens.manager("emp-chef", "unit-kc"))
                .queryParam("callsPerHour", 200).queryParam("ahtSeconds", 180)
                .queryParam("targetAnswerSeconds", 20).queryParam("targetServiceLevel", 0.8).queryParam("agents", 201)
                .when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("agents"));
    }

    @Test
    void withoutATokenItIs401() {
        given().queryParam("callsPerHour", 200).queryParam("ahtSeconds", 180)
                .queryParam("targetAnswerSeconds", 20).queryParam("targetServiceLevel", 0.8)
                .when().get(PATH)
                .then().statusCode(401).contentType("application/problem+json");
    }
}
