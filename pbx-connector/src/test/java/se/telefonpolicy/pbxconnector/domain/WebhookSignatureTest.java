package se.telefonpolicy.pbxconnector.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final byte[] BODY = "{\"id\":\"e1\"}".getBytes(StandardCharsets.UTF_8);
    private final WebhookSignature signature = new WebhookSignature("s3cret", Duration.ofMinutes(5));

    @Test
    void theDocumentedExampleSignsAsOpensslDoes() {
        // printf '%s' '1764493200.{"id":"e1"}' | openssl dgst -sha256 -hmac 's3cret' (docs/pbx-integration.md)
        assertThat(signature.sign(1764493200L, BODY))
                .isEqualTo("sha256=ce7e59960a07345da7e92834907b4f9966e9430b551bbc945c2dd5bc13ce8b50");
    }

    @Test
    void aFreshCorrectSignatureIsAccepted() {
        long ts = NOW.getEpochSecond() - 60;
        assertThatCode(() -> signature.verify(Long.toString(ts), signature.sign(ts, BODY), BODY, NOW)).doesNotThrowAnyException();
        // upper-case hex is the same signature
        assertThatCode(() -> signature.verify(Long.toString(ts), "sha256=" + signature.sign(ts, BODY).substring(7).toUpperCase(),
                BODY, NOW)).doesNotThrowAnyException();
    }

    @Test
    void aChangedBodyOrTimestampOrSecretIsABadSignature() {
        long ts = NOW.getEpochSecond();
        String signed = signature.sign(ts, BODY);
        assertFailure(() -> signature.verify(Long.toString(ts), signed, "{\"id\":\"e2\"}".getBytes(StandardCharsets.UTF_8), NOW),
                WebhookSignature.Failure.BAD_SIGNATURE);
        assertFailure(() -> signature.verify(Long.toString(ts + 1), signed, BODY, NOW), WebhookSignature.Failure.BAD_SIGNATURE);
        assertFailure(() -> new WebhookSignature("other", Duration.ofMinutes(5)).verify(Long.toString(ts), signed, BODY, NOW),
                WebhookSignature.Failure.BAD_SIGNATURE);
    }

    @Test
    void outsideTheWindowEitherWayIsStale() {
        long old = NOW.minus(Duration.ofMinutes(5)).minusSeconds(1).getEpochSecond();
        assertFailure(() -> signature.verify(Long.toString(old), signature.sign(old, BODY), BODY, NOW),
                WebhookSignature.Failure.STALE_TIMESTAMP);
        long future = NOW.plus(Duration.ofMinutes(6)).getEpochSecond();
        assertFailure(() -> signature.verify(Long.toString(future), signature.sign(future, BODY), BODY, NOW),
                WebhookSignature.Failure.STALE_TIMESTAMP);
        long edge = NOW.minus(Duration.ofMinutes(5)).getEpochSecond();
        assertThatCode(() -> signature.verify(Long.toString(edge), signature.sign(edge, BODY), BODY, NOW)).doesNotThrowAnyException();
    }

    /** A timestamp beyond what an Instant holds is as stale as any other far from now, not an overflow. */
    @Test
    void aSignedTimestampAtTheEndsOfLongIsStale() {
        for (long extreme : new long[] { Long.MAX_VALUE, Long.MIN_VALUE, Instant.MAX.getEpochSecond() + 1 }) {
            assertFailure(() -> signature.verify(Long.toString(extreme), signature.sign(extreme, BODY), BODY, NOW),
                    WebhookSignature.Failure.STALE_TIMESTAMP);
        }
    }

    @Test
    void missingOrMalformedHeaders() {
        long ts = NOW.getEpochSecond();
        assertFailure(() -> signature.verify(Long.toString(ts), null, BODY, NOW), WebhookSignature.Failure.MISSING_SIGNATURE);
        assertFailure(() -> signature.verify(null, signature.sign(ts, BODY), BODY, NOW), WebhookSignature.Failure.MISSING_TIMESTAMP);
        assertFailure(() -> signature.verify("yesterday", signature.sign(ts, BODY), BODY, NOW), WebhookSignature.Failure.MISSING_TIMESTAMP);
        assertFailure(() -> signature.verify(Long.toString(ts), "md5=abc", BODY, NOW), WebhookSignature.Failure.MALFORMED_SIGNATURE);
        assertFailure(() -> signature.verify(Long.toString(ts), "sha256=zz", BODY, NOW), WebhookSignature.Failure.MALFORMED_SIGNATURE);
    }

    private static void assertFailure(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, WebhookSignature.Failure failure) {
        assertThatThrownBy(call).isInstanceOfSatisfying(WebhookSignature.Rejected.class,
                r -> assertThat(r.failure()).isEqualTo(failure));
    }
}
