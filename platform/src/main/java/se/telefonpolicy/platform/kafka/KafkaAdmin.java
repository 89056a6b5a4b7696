package se.telefonpolicy.platform.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import io.smallrye.common.annotation.Identifier;

/** One Kafka admin client per service, with the same connection and security settings as its channels. */
@ApplicationScoped
public class KafkaAdmin {

    private final Admin admin;

    @Inject
    public KafkaAdmin(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        Map<String, Object> adminConfig = kafkaConfig.entrySet().stream()
                .filter(e -> AdminClientConfig.configNames().contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        this.admin = Admin.create(adminConfig);
    }

    public Admin admin() {
        return admin;
    }

    @PreDestroy
    void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
