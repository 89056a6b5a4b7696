package se.telefonpolicy.directory.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.telefonpolicy.testsupport.TestTokens;

/** The platform's JWT handling, proven once on the directory: 401 for any bad token, 403 for a wrong role, /q open. */
@QuarkusTest
class TokensAndRolesTest {

    private static final String UNIT = "{\"id\":\"roles-test\",\"name\":\"Rolltest\"}";

    @Test
    void aMissingExpiredOrForgedTokenIs401ProblemJson() {
        for (var request : new io.restassured.specification.RequestSpecification[] {
                given(),
                given().auth().oauth2(TestTokens.expired("admin-1", Set.of("admin"))),
                given().auth().oauth2(TestTokens.forged("admin-1", Set.of("admin"))),
                given().auth().oauth2("not.a.jwt") }) {
            request.contentType(ContentType.JSON).body(UNIT).when().post("/api/v1/units")
                    .then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer").body("status", equalTo(401));
        }
    }

    @Test
    void anEmployeeMayReadButNotCreateUnits() {
        given().auth().oauth2(TestTokens.employee("emp-1")).contentType(ContentType.JSON).body(UNIT)
                .when().post("/api/v1/units")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().auth().oauth2(TestTokens.employee("emp-1")).when().get("/api/v1/units/roles-test")
                .then().statusCode(404);
    }

    @Test
    void healthAndMetricsNeedNoToken() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
