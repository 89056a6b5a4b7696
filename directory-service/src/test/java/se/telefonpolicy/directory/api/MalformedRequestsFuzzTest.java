package se.telefonpolicy.directory.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.directory.DirectoryApi;
import se.telefonpolicy.testsupport.OpenApiFuzz;
import se.telefonpolicy.testsupport.TestTokens;

/** Every operation of the service's OpenAPI document, sent malformed: a 4xx problem+json each time, never a 5xx. */
@QuarkusTest
class MalformedRequestsFuzzTest {

    @Test
    void everyOperationRefusesMalformedInputWithAProblem() {
        // a unit and an employee under one id, so that a well-formed {id} names something that exists
        DirectoryApi.createUnit("fz-emp", "Fuzzenheten", null);
        DirectoryApi.createEmployee("{\"id\":\"fz-emp\",\"firstName\":\"Fia\",\"lastName\":\"Fuzz\",\"unitId\":\"fz-emp\"}");
        String token = TestTokens.token("fz-emp", "fz-emp", Set.of("admin", "manager", "employee", "switchboard"));

        OpenApiFuzz.Report report = OpenApiFuzz.of("directory-service").seed(17).casesPerOperation(50)
                .token(op -> token).pathValue("id", "fz-emp").pathValue("unitId", "fz-emp").run();

        assertThat(report.failures()).as(OpenApiFuzz.describe(report)).isEmpty();
    }
}
