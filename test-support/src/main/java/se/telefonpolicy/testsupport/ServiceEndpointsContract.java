package se.telefonpolicy.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

/**
 * What every service serves on /q, whatever its domain: readiness that checks Kafka and the
 * database, Prometheus metrics, OpenAPI and Swagger UI. A service's test extends it under @QuarkusTest.
 */
public abstract class ServiceEndpointsContract {

    /** A path of the service's own API, which its OpenAPI document must list. */
    protected abstract String anApiPath();

    @Test
    void readinessChecksKafkaAndTheDatabase() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem("Kafka broker"));
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreInPrometheusFormat() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void openApiAndSwaggerUiDescribeTheApi() {
        given().when().get("/q/openapi").then().statusCode(200).body(containsString(anApiPath()));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
