package se.telefonpolicy.compliance.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.testsupport.PackagedService;
import se.telefonpolicy.testsupport.SharedInfrastructure;

/**
 * SIGTERM stops the packaged service cleanly well within run-local.sh's 15 s (and an orchestrator's grace): its six
 * incoming channels each paused for SmallRye's graceful-shutdown grace (twice the poll timeout), one after the
 * other, 16 s in all before platform set the poll timeout to 250 ms.
 */
class StopsCleanlyWithinTheRunScriptsLimitIT {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final int CHANNELS = 6;

    @Test
    void sigtermStopsTheServiceWithItsConsumersInAFewSeconds() throws Exception {
        String db = PackagedService.createDatabase("compliance");
        try {
            PackagedService service = PackagedService.start(Path.of("."), db, Map.of());
            // the grace applies to a channel with partitions: stop once every channel has its share
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    SharedInfrastructure.get().bootstrapServers()))) {
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                    ConsumerGroupDescription group = admin.describeConsumerGroups(List.of("compliance-service"))
                            .describedGroups().get("compliance-service").get(5, TimeUnit.SECONDS);
                    return group.members().size() == CHANNELS
                            && group.members().stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty());
                });
            }
            Optional<Duration> took = service.stop();
            String log = Files.readString(service.log());
            assertThat(took).as("exited on SIGTERM by itself; see " + service.log()).isPresent();
            assertThat(took.get()).as("time from SIGTERM to exit").isLessThan(LIMIT);
            assertThat(log).contains("compliance-service stopped in");
        } finally {
            PackagedService.dropDatabase(db);
        }
    }
}
