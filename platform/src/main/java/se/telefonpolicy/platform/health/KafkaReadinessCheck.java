package se.telefonpolicy.platform.health;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import se.telefonpolicy.platform.kafka.KafkaAdmin;


/**
 * Ready only while the broker answers, within a few seconds: Quarkus's own Kafka check waits for
 * the admin client's 60 s API timeout, longer than an orchestrator's probe.
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

    public static final String NAME = "Kafka broker";

    private final Admin admin;
    private final Duration timeout;

    @Inject
    public KafkaReadinessCheck(KafkaAdmin kafka,
            @ConfigProperty(name = "telefonpolicy.health.kafka-timeout", defaultValue = "PT3S") Duration timeout) {
        this.admin = kafka.admin();
        this.timeout = timeout;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .nodes().get(timeout.toMillis() + 500, TimeUnit.MILLISECONDS).size();
            return HealthCheckResponse.named(NAME).up().withData("nodes", nodes).build();
        } catch (Exception e) {
            return HealthCheckResponse.named(NAME).down().withData("reason", String.valueOf(e.getMessage())).build();
        } 
    }
}
