package se.telefonpolicy.pbxconnector.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook's signature: HMAC-SHA256 with the shared secret over {@code <timestamp>.<raw body>}, sent
 * hex-encoded as {@code X-Telefonpolicy-Signature: sha256=<hex>} beside {@code X-Telefonpolicy-Timestamp:
 * <unix seconds>}. Signing the timestamp with the body binds them: an old request cannot be replayed
 * with a fresh timestamp. A timestamp further than the tolerance from now, either way, is stale.
 */
public final class WebhookSignature {

    public static final String ALGORITHM = "HmacSHA256";
    public static final String SCHEME = "sha256=";

    /** Why a request is refused (bounded: a metric label). */
    public enum Failure {
        MISSING_SIGNATURE, MALFORMED_SIGNATURE, BAD_SIGNATURE, MISSING_TIMESTAMP, STALE_TIMESTAMP
    }

    /** The request is not from the PBX, or not now. The message says which check failed, never the secret. */
    public static final class Rejected extends RuntimeException {
        private final Failure failure;

        Rejected(Failure failure, String message) {
            super(message);
            this.failure = failure;
        }

        public Failure failure() {
            return failure;
        }
    }

    private final byte[] secret;
    private final Duration tolerance;

    public WebhookSignature(String secret, Duration tolerance) {
        Objects.requireNonNull(secret, "secret");
        if (secret.isBlank()) {
            throw new IllegalArgumentException("the webhook secret must not be blank");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
    }

    /** The header value for a body sent at {@code timestamp} (unix seconds): {@code sha256=<hex>}. */
    public String sign(long timestamp, byte[] body) {
        return SCHEME + HexFormat.of().formatHex(mac(timestamp, body));
    }

    /**
     * Checks a request's headers against its raw body.
     *
     * @throws Rejected when a header is missing or malformed, the signature does not match, or the timestamp is stale
     */
    public void verify(String timestampHeader, String signatureHeader, byte[] body, Instant now) {
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new Rejected(Failure.MISSING_SIGNATURE, "The X-Telefonpolicy-Signature header is missing.");
        }
        if (timestampHeader == null || timestampHeader.isBlank()) {
            throw new Rejected(Failure.MISSING_TIMESTAMP, "The X-Telefonpolicy-Timestamp header is missing.");
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.trim());
        } catch (NumberFormatException e) {
            throw new Rejected(Failure.MISSING_TIMESTAMP, "X-Telefonpolicy-Timestamp must be unix seconds.");
        }
        String signature = signatureHeader.trim();
        byte[] given;
        try {
            if (!signature.startsWith(SCHEME)) {
                throw new IllegalArgumentException("no scheme");
            }
            given = HexFormat.of().parseHex(signature.substring(SCHEME.length()).toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Rejected(Failure.MALFORMED_SIGNATURE, "X-Telefonpolicy-Signature must be sha256=<64 hex digits>.");
        }
        // constant time: how much of a guess matched must not show in the response time
        if (!MessageDigest.isEqual(given, mac(timestamp, body))) {
            throw new Rejected(Failure.BAD_SIGNATURE, "The signature does not match the body and timestamp.");
        }
        // checked after the signature, so the answer tells an attacker nothing about the window; in seconds, as
        // sent: any long is a timestamp, and one beyond what an Instant holds is simply far from now
        long window = tolerance.getSeconds();
        long nowSeconds = now.getEpochSecond();
        if (timestamp < nowSeconds - window || timestamp > nowSeconds + window) {
            throw new Rejected(Failure.STALE_TIMESTAMP, "The timestamp is more than " + tolerance.toMinutes()
                    + " minutes from now: a replay or a wrong clock.");
        }
    }

    private byte[] mac(long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
