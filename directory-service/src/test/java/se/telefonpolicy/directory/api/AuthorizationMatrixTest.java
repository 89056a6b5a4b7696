package se.telefonpolicy.directory.api;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.directory.DirectoryApi;
import se.telefonpolicy.testsupport.AuthorizationMatrix;

/** Every operation of the OpenAPI document × every kind of caller, against authorization/expected-status.csv. */
@QuarkusTest
class AuthorizationMatrixTest {

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() {
        DirectoryApi.createUnit("az-unit", "Bygglov", null);
        DirectoryApi.createUnit("az-other", "Miljö", null);
        for (String[] person : new String[][] { { "az-manager", "az-unit" }, { "az-employee", "az-unit" },
                { "az-other-manager", "az-other" }, { "az-switchboard", "az-other" }, { "az-leaver", "az-other" } }) {
            DirectoryApi.createEmployee("{\"id\":\"" + person[0] + "\",\"firstName\":\"Anna\",\"lastName\":\"Ek\",\"unitId\":\""
                    + person[1] + "\"}");
        }
        DirectoryApi.updateUnit("az-unit", "{\"name\":\"Bygglov\",\"managerEmployeeId\":\"az-manager\"}");
        DirectoryApi.updateUnit("az-other", "{\"name\":\"Miljö\",\"managerEmployeeId\":\"az-other-manager\"}");

        AuthorizationMatrix.of("directory-service", "authorization/expected-status.csv")
                .employee("az-employee").manager("az-manager", "az-unit").otherManager("az-other-manager", "az-other")
                .switchboard("az-switchboard")
                .path("GET /api/v1/employees/{id}", "id", "az-employee")
                .path("PUT /api/v1/employees/{id}", "id", "az-employee")
                .path("DELETE /api/v1/employees/{id}", "id", "az-leaver")
                .path("id", "az-unit")
                .path("GET /api/v1/import/jobs/{id}", "id", "00000000-0000-0000-0000-000000000000")
                .query("GET /api/v1/employees", "unitId=az-unit")
                .query("GET /api/v1/quality", "unit=az-unit")
                .query("GET /api/v1/search", "q=Anna")
                .body("POST /api/v1/employees", "{\"id\":\"az-new\",\"firstName\":\"Ny\",\"lastName\":\"Ek\",\"unitId\":\"az-unit\"}")
                .body("PUT /api/v1/employees/{id}", "{\"firstName\":\"Anna\",\"lastName\":\"Ek\",\"unitId\":\"az-unit\"}")
                .body("POST /api/v1/units", "{\"id\":\"az-new-unit\",\"name\":\"Ny enhet\"}")
                .body("PUT /api/v1/units/{id}", "{\"name\":\"Bygglov\",\"managerEmployeeId\":\"az-manager\"}")
                .body("PUT /api/v1/me", "{}")
                .verify();
    }
}
