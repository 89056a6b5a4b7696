package se.telefonpolicy.availability.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.testsupport.OpenApiFuzz;
import se.telefonpolicy.testsupport.TestTokens;

/** Every operation of the service's OpenAPI document, sent malformed: a 4xx problem+json each time, never a 5xx. */
@QuarkusTest
class MalformedRequestsFuzzTest {

    @Test
    void everyOperationRefusesMalformedInputWithAProblem() {
        String token = TestTokens.token("fz-emp", "fz-unit", Set.of("admin", "manager", "employee", "switchboard"));

        OpenApiFuzz.Report report = OpenApiFuzz.of("availability-service").seed(17).casesPerOperation(50)
                .token(op -> token).pathValue("unitId", "fz-unit").pathValue("employeeId", "fz-emp").run();

        assertThat(report.failures()).as(OpenApiFuzz.describe(report)).isEmpty();
    }
}
