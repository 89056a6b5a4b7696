package se.telefonpolicy.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.callback.CallbackCreated;
import se.telefonpolicy.postgres.PostgresServer;
import se.telefonpolicy.testsupport.BrokerProcess;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.PackagedService;

/**
 * Fault drills (issue 17): a simulated week is consumed by the four packaged services on a broker and a PostgreSQL of
 * the drill's own, and while it is, something fails — each service killed in turn ({@code kill -9}) and started
 * again; the broker stopped and started, then killed and started; PostgreSQL stopped and started. After each: every
 * report figure and every published breach equals the simulator's expectation (SimulatedWeek), no ce_id is twice on
 * any topic the services write, no message has two callback tasks, readiness went DOWN during the fault and UP after,
 * and no error repeats in the services' logs once they recovered.
 *
 * <p>Not in the default build (about 4 minutes a drill): {@code ./mvnw verify -Pdrills}, which {@code .ci/run} runs.
 */
class FaultDrillsIT extends SimulatedWeek {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private static final long SEED = 20141124L;
    private static final Duration RECOVERY = Duration.ofSeconds(120);
    /** What the services write; the PBX topics are the simulator's. */
    private static final List<String> OUTPUT_TOPICS = outputTopics();

    private Path dir;
    private BrokerProcess broker;
    private Path postgresData;
    private int postgresPort;
    private PostgresServer postgres;
    private final Map<String, Long> recoveredAt = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        dir = Files.createTempDirectory("telefonpolicy-drill-");
        broker = BrokerProcess.start(dir.resolve("kafka"));
        postgresData = dir.resolve("postgres");
        postgresPort = freePort();
        postgres = PostgresServer.embedded(postgresData, postgresPort);
        useInfrastructure(new Infrastructure(broker.bootstrapServers(), postgres));
        startInOrder("directory", "availability", "callback", "compliance");
    }

    @AfterEach
    void stop() {
        if (postgres != null) {
            stopAll();
            postgres.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void eachServiceKilledInTurnAndStartedAgain() throws Exception {
        playAndCompare(SEED, MONDAY, () -> {
            awaitWeekBeingSent();
            for (Map.Entry<String, PackagedService> service : services.entrySet()) {
                long killedAt = System.nanoTime();
                service.getValue().kill();
                service.getValue().restart();
                service.getValue().awaitReady();
                System.out.printf(Locale.ROOT, "DRILL kill -9 %s: ready again after %.1f s%n", service.getKey(),
                        (System.nanoTime() - killedAt) / 1e9);
            }
            markRecovered();
        });
        checkWhatWentOut();
    }

    @Test
    void brokerStoppedAndStartedThenKilledAndStarted() throws Exception {
        playAndCompare(SEED, MONDAY, () -> {
            awaitWeekBeingSent();
            outage("broker SIGTERM", broker::stop, broker::start);
            outage("broker SIGKILL", broker::kill, broker::start);
            markRecovered();
        });
        checkWhatWentOut();
    }

    @Test
    void postgresStoppedAndStarted() throws Exception {
        playAndCompare(SEED, MONDAY, () -> {
            awaitWeekBeingSent();
            outage("PostgreSQL restart", postgres::close, () -> {
                postgres = PostgresServer.embedded(postgresData, postgresPort);
                useInfrastructure(new Infrastructure(broker.bootstrapServers(), postgres));
            });
            markRecovered();
        });
        checkWhatWentOut();
    }

    /** Stops something every service depends on, sees every service unready, starts it again and sees them ready. */
    private void outage(String name, Runnable stop, Runnable start) {
        long stoppedAt = System.nanoTime();
        stop.run();
        Awaitility.await(name + ": every service unready").atMost(RECOVERY).pollInterval(Duration.ofMillis(250))
                .until(() -> services.values().stream().allMatch(s -> s.readiness() != 200));
        double unreadyAfter = (System.nanoTime() - stoppedAt) / 1e9;
        start.run();
        long startedAt = System.nanoTime();
        Awaitility.await(name + ": every service ready again").atMost(RECOVERY).pollInterval(Duration.ofMillis(250))
                .until(() -> services.values().stream().allMatch(s -> s.readiness() == 200));
        System.out.printf(Locale.ROOT, "DRILL %s: every service unready %.1f s after the stop, ready %.1f s after the start%n",
                name, unreadyAfter, (System.nanoTime() - startedAt) / 1e9);
    }

    /** The fault comes while the week is on its way in: once the PBX topic holds a few thousand of its events. */
    private void awaitWeekBeingSent() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            Awaitility.await("the week being sent").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                    .until(() -> endOffsets(admin, Topic.PBX_CALLS.topicName()) > 3000);
        }
    }

    private static long endOffsets(Admin admin, String topic) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < Topic.PBX_CALLS.partitions(); p++) {
            latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        return admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
    }

    private void markRecovered() {
        services.forEach((name, service) -> {
            try {
                recoveredAt.put(name, Files.size(service.log()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void checkWhatWentOut() throws IOException {
        Map<String, Long> twice = new TreeMap<>();
        int records = 0;
        for (String topic : OUTPUT_TOPICS) {
            List<ConsumerRecord<String, String>> all = KafkaTestClient.readAll(broker.bootstrapServers(), topic);
            records += all.size();
            long repeated = all.stream().map(r -> KafkaTestClient.header(r, "ce_id")).filter(id -> id != null)
                    .collect(Collectors.groupingBy(id -> id, Collectors.counting()))
                    .values().stream().filter(n -> n > 1).count();
            if (repeated > 0) {
                twice.put(topic, repeated);
            }
        }
        System.out.printf(Locale.ROOT, "DRILL outputs: %d records on %d topics, ce_ids twice: %s%n", records,
                OUTPUT_TOPICS.size(), twice);
        assertThat(twice).as("ce_ids on a topic twice").isEmpty();

        Map<String, Long> tasksPerCall = KafkaTestClient.readAll(broker.bootstrapServers(), Topic.CALLBACK_TASKS.topicName())
                .stream().filter(r -> EventType.CALLBACK_CREATED.ceType().equals(KafkaTestClient.header(r, "ce_type")))
                .map(r -> EventJson.<CallbackCreated>fromJson(EventType.CALLBACK_CREATED, r.value()))
                .filter(t -> t.callId() != null)
                .collect(Collectors.groupingBy(t -> t.origin() + " " + t.callId(), Collectors.counting()));
        assertThat(tasksPerCall).as("callback tasks per message").isNotEmpty();
        assertThat(tasksPerCall.values()).as("no message with two callback tasks").containsOnly(1L);

        List<String> repeatedErrors = new ArrayList<>();
        services.forEach((name, service) -> repeatedErrors.addAll(repeatedErrorsSince(name, service.log(),
                recoveredAt.getOrDefault(name, 0L))));
        assertThat(repeatedErrors).as("errors repeated in the logs after the recovery").isEmpty();
    }

    /** ERROR lines written after the recovery whose message (without time and thread) comes more than twice. */
    private static List<String> repeatedErrorsSince(String service, Path log, long offset) {
        try {
            byte[] bytes = Files.readAllBytes(log);
            String since = new String(bytes, (int) Math.min(offset, bytes.length), (int) Math.max(0, bytes.length - offset),
                    StandardCharsets.UTF_8);
            return since.lines().filter(l -> l.contains(" ERROR "))
                    .map(l -> l.replaceFirst("^\\S+ \\S+ ERROR \\[[^]]*] \\([^)]*\\) ", ""))
                    .collect(Collectors.groupingBy(l -> l, Collectors.counting()))
                    .entrySet().stream().filter(e -> e.getValue() > 2)
                    .map(e -> service + ": " + e.getValue() + "× " + e.getKey()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> outputTopics() {
        List<String> topics = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            if (topic != Topic.PBX_CALLS && topic != Topic.PBX_PRESENCE && topic != Topic.ASTERISK_CDR) {
                topics.add(topic.topicName());
            }
            topics.add(topic.dlqName());
        }
        return topics;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
