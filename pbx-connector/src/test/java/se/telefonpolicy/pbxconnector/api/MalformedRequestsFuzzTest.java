package se.telefonpolicy.pbxconnector.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.telefonpolicy.pbxconnector.domain.WebhookSignature;
import se.telefonpolicy.testsupport.OpenApiFuzz;
import se.telefonpolicy.testsupport.TestClock;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * Every operation of the service's OpenAPI document, sent malformed: a 4xx problem+json each time, never a 5xx.
 * The webhook's cases are signed correctly, so that it is the body that is judged, not the signature.
 */
@QuarkusTest
class MalformedRequestsFuzzTest {

    /** The test profile's secret (application.properties). */
    private static final String SECRET = "test-webhook-secret-0123456789abcdef";

    private final WebhookSignature signer = new WebhookSignature(SECRET, Duration.ofMinutes(5));

    @Inject
    TestClock clock;

    @Test
    void everyOperationRefusesMalformedInputWithAProblem() {
        String token = TestTokens.token("fz-emp", null, Set.of("admin", "pbx"));

        OpenApiFuzz.Report report = OpenApiFuzz.of("pbx-connector").seed(17).casesPerOperation(200)
                .token(op -> op.path().startsWith("/api/v1/pbx/events") ? null : token)
                .pathValue("extension", "4000")
                .headers((op, body) -> {
                    if (!op.path().startsWith("/api/v1/pbx/events")) {
                        return Map.of();
                    }
                    long ts = clock.instant().getEpochSecond();
                    return Map.of(PbxWebhookResource.TIMESTAMP_HEADER, Long.toString(ts),
                            PbxWebhookResource.SIGNATURE_HEADER, signer.sign(ts, body));
                })
                .run();

        assertThat(report.failures()).as(OpenApiFuzz.describe(report)).isEmpty();
    }

    /** Issue 17: a correctly signed timestamp of Long.MAX_VALUE overflowed Instant, a 500; it is a stale timestamp. */
    @Test
    void aSignedTimestampBeyondWhatAnInstantHoldsIsStale() {
        byte[] body = "{\"id\":\"fz-1\"}".getBytes(StandardCharsets.UTF_8);
        given().contentType(ContentType.JSON).body(body)
                .header(PbxWebhookResource.TIMESTAMP_HEADER, Long.toString(Long.MAX_VALUE))
                .header(PbxWebhookResource.SIGNATURE_HEADER, signer.sign(Long.MAX_VALUE, body))
                .post("/api/v1/pbx/events")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
