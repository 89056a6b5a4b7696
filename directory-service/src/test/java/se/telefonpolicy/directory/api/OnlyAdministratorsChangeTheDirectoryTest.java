package se.telefonpolicy.directory.api;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.telefonpolicy.directory.DirectoryApi;
import se.telefonpolicy.testsupport.TestTokens;

/** 403 for a wrong role on each endpoint of issue 5 (401 for bad tokens is proven in TokensAndRolesTest). */
@QuarkusTest
class OnlyAdministratorsChangeTheDirectoryTest {

    @Test
    void employeesManagersAndTheSwitchboardCannotChangeUnitsOrEmployees() {
        DirectoryApi.createUnit("roles-unit", "Rollenhet", null);
        DirectoryApi.createEmployee("{\"id\":\"roles-emp\",\"firstName\":\"Ola\",\"unitId\":\"roles-unit\"}");

        for (String token : new String[] { TestTokens.employee("roles-emp"), TestTokens.manager("roles-emp", "roles-unit"),
                TestTokens.switchboard("roles-emp"), TestTokens.pbx() }) {
            forbidden(given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"name\":\"X\"}").put("/api/v1/units/roles-unit"));
            forbidden(given().auth().oauth2(token).delete("/api/v1/units/roles-unit"));
            forbidden(given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"id\":\"roles-new\"}").post("/api/v1/employees"));
            forbidden(given().auth().oauth2(token).get("/api/v1/employees"));
            forbidden(given().auth().oauth2(token).get("/api/v1/employees/roles-emp"));
            forbidden(given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"id\":\"roles-emp\"}").put("/api/v1/employees/roles-emp"));
            forbidden(given().auth().oauth2(token).delete("/api/v1/employees/roles-emp"));
        }
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/employees/roles-emp").then().statusCode(200);
    }

    @Test
    void selfServiceIsForEmployeesNotForTheAdministratorOrThePbx() {
        forbidden(given().auth().oauth2(TestTokens.admin()).get("/api/v1/me"));
        forbidden(given().auth().oauth2(TestTokens.pbx()).contentType(ContentType.JSON).body("{\"confirm\":true}").put("/api/v1/me"));
    }

    private static void forbidden(io.restassured.response.Response response) {
        response.then().statusCode(403).contentType("application/problem+json");
    }
}
