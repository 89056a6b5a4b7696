package se.telefonpolicy.callback.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.telefonpolicy.testsupport.OpenApiFuzz;
import se.telefonpolicy.testsupport.TestTokens;

/** Every operation of the service's OpenAPI document, sent malformed: a 4xx problem+json each time, never a 5xx. */
@QuarkusTest
class MalformedRequestsFuzzTest {

    @Test
    void everyOperationRefusesMalformedInputWithAProblem() {
        String token = TestTokens.token("fz-emp", "fz-unit", Set.of("admin", "manager", "employee", "switchboard"));
        // an open task of the token's own, so that a well-formed {id} names something that exists
        String taskId = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"callerNumber\":\"070-555 19 19\",\"dueAt\":\"2099-12-01T13:00:00Z\"}")
                .post("/api/v1/callbacks").then().statusCode(201).extract().path("id");

        OpenApiFuzz.Report report = OpenApiFuzz.of("callback-service").seed(17).casesPerOperation(50)
                .token(op -> token).pathValue("id", taskId).pathValue("unitId", "fz-unit").run();

        assertThat(report.failures()).as(OpenApiFuzz.describe(report)).isEmpty();
    }
}
