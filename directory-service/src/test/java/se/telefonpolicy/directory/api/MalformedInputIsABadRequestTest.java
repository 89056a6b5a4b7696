package se.telefonpolicy.directory.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import se.telefonpolicy.directory.DirectoryApi;
import se.telefonpolicy.testsupport.TestTokens;

/** Issue 17's findings: an empty or null body, a limit that is no number — a 400 naming what is wrong, never a 500 or a 404. */
@QuarkusTest
class MalformedInputIsABadRequestTest {

    @Test
    void anEmptyOrNullBodyIsA400NamingTheBody() {
        DirectoryApi.createUnit("mal-unit", "Felenhet", null);
        DirectoryApi.createEmployee("{\"id\":\"mal-emp\",\"firstName\":\"Mia\",\"unitId\":\"mal-unit\"}");
        String admin = TestTokens.admin();
        String me = TestTokens.employee("mal-emp");
        for (String body : new String[] { "", "null" }) {
            badBody(as(admin, body).post("/api/v1/employees"));
            badBody(as(admin, body).put("/api/v1/employees/mal-emp"));
            badBody(as(admin, body).post("/api/v1/units"));
            badBody(as(admin, body).put("/api/v1/units/mal-unit"));
            badBody(as(me, body).put("/api/v1/me"));
        }
    }

    @Test
    void aLimitThatIsNoNumberIsA400NamingIt() {
        given().auth().oauth2(TestTokens.switchboard("mal-sw")).queryParam("q", "bygglov").queryParam("limit", "abc")
                .get("/api/v1/search")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("limit"));
    }

    private static RequestSpecification as(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
    }

    private static void badBody(io.restassured.response.Response response) {
        response.then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("body"));
    }
}
