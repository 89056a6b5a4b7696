package se.telefonpolicy.pbxconnector.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.ws.rs.ServiceUnavailableException;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import se.telefonpolicy.pbxconnector.config.PbxConfig;
import se.telefonpolicy.pbxconnector.domain.WebhookSignature;
import se.telefonpolicy.pbxconnector.messaging.PbxMetrics;

/** Without a configured secret the webhook accepts nothing, however the request is signed (no Quarkus needed to show it). */
class WebhookWithoutSecretTest {

    @Test
    void everyRequestIsRefusedWith503AndNothingIsPublished() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Instant now = Instant.parse("2026-11-30T09:00:00Z");
        // WebhookEvents is null: reaching the publishing step would fail the test with a NullPointerException
        PbxWebhookResource resource = new PbxWebhookResource(config(Optional.of("  ")), null, new PbxMetrics(registry),
                Clock.fixed(now, ZoneOffset.UTC));
        byte[] body = "{\"id\":\"e1\"}".getBytes(StandardCharsets.UTF_8);
        String signedWithBlank = new WebhookSignature("x", Duration.ofMinutes(5)).sign(now.getEpochSecond(), body);

        assertThatThrownBy(() -> resource.receive(Long.toString(now.getEpochSecond()), signedWithBlank, body))
                .isInstanceOf(ServiceUnavailableException.class)
                .hasMessageContaining("TELEFONPOLICY_PBX_WEBHOOK_SECRET");
        assertThat(registry.counter("telefonpolicy.pbx.webhook.requests", "outcome", "disabled").count()).isEqualTo(1);
    }

    private static PbxConfig config(Optional<String> secret) {
        return new PbxConfig() {
            @Override
            public Cdr cdr() {
                return () -> ZoneId.of("Europe/Stockholm");
            }

            @Override
            public NumberPlanConfig numberPlan() {
                return new NumberPlanConfig() {
                    @Override
                    public String extensionPattern() {
                        return "\\d{4}";
                    }

                    @Override
                    public Optional<String> directDialPrefix() {
                        return Optional.empty();
                    }

                    @Override
                    public String defaultRegion() {
                        return "SE";
                    }

                    @Override
                    public Optional<String> outboundAccessCode() {
                        return Optional.empty();
                    }
                };
            }

            @Override
            public Webhook webhook() {
                return new Webhook() {
                    @Override
                    public Optional<String> secret() {
                        return secret;
                    }

                    @Override
                    public Duration tolerance() {
                        return Duration.ofMinutes(5);
                    }
                };
            }
        };
    }
}
