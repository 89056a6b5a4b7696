package se.telefonpolicy.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.contracts.compliance.SlaBreached;
import se.telefonpolicy.simulator.domain.Expectation;
import se.telefonpolicy.simulator.domain.SampleMunicipality;
import se.telefonpolicy.simulator.messaging.EventSender;
import se.telefonpolicy.simulator.reporting.Summary;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.PackagedService;
import se.telefonpolicy.postgres.PostgresServer;
import se.telefonpolicy.testsupport.SharedInfrastructure;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * The simulated week against the four real services, each started from its packaged jar on the test broker and
 * PostgreSQL with its default settings: every figure of every unit's compliance report equals the simulator's own
 * expectation, and so does what compliance-service published on compliance.breaches.v1 — each breach once. A
 * subclass says in which order the services start.
 */
abstract class SimulatedWeek {

    /** The rules decided on event time; the directory rules are state, and the same in every week. */
    private static final List<RuleId> EVENT_TIME_RULES = List.of(RuleId.CALLBACK_2WD, RuleId.DIVERSION_RETURN_TIME,
            RuleId.DIVERSION_STALE);

    private final List<String> databases = new ArrayList<>();
    /** The running services by name (directory, availability, callback, compliance), in the order they started. */
    final Map<String, PackagedService> services = new java.util.LinkedHashMap<>();
    private PackagedService compliance;
    private Infrastructure infrastructure;

    /** Where the services run: the shared test broker and PostgreSQL, unless a subclass brings its own (the drills). */
    record Infrastructure(String bootstrapServers, PostgresServer postgres) {

        static Infrastructure shared() {
            SharedInfrastructure shared = SharedInfrastructure.get();
            return new Infrastructure(shared.bootstrapServers(), shared.postgres());
        }

        /** What a packaged service needs to use this broker and this database (overriding PackagedService's own). */
        Map<String, String> serviceConfig(String database) {
            return Map.of("kafka.bootstrap.servers", bootstrapServers,
                    "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                    "quarkus.datasource.username", postgres.user(),
                    "quarkus.datasource.password", postgres.password());
        }
    }

    Infrastructure infrastructure() {
        if (infrastructure == null) {
            infrastructure = Infrastructure.shared();
        }
        return infrastructure;
    }

    void useInfrastructure(Infrastructure own) {
        this.infrastructure = own;
    }

    /** Starts the services one after the other in this order, each ready before the next starts. */
    void startInOrder(String... order) {
        for (String service : order) {
            String database = service + "_it_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            infrastructure().postgres().createDatabaseIfMissing(database);
            databases.add(database);
            Map<String, String> config = new java.util.HashMap<>(infrastructure().serviceConfig(database));
            if (service.equals("directory")) {
                config.put("telefonpolicy.directory.sample-data.load", "true");
            }
            PackagedService started = PackagedService.start(Path.of("..", service + "-service"), database, config);
            services.put(service, started);
            if (service.equals("compliance")) {
                compliance = started;
            }
        }
    }

    void stopAll() {
        services.values().forEach(PackagedService::close);
        databases.forEach(infrastructure().postgres()::dropDatabase);
    }

    void playAndCompare(long seed, LocalDate monday) throws Exception {
        playAndCompare(seed, monday, () -> { });
    }

    /**
     * Plays the week and compares; {@code whileConsumed} runs beside it, from the first send on (a drill's faults):
     * it must return before the comparison, and what it throws fails the week.
     */
    void playAndCompare(long seed, LocalDate monday, Runnable whileConsumed) throws Exception {
        LocalDate sunday = monday.plusDays(6);
        var municipality = SampleMunicipality.load();
        WorkingCalendar calendar = WorkingCalendar.sweden();
        var run = new SimulationRun(municipality, calendar, System.out);
        java.util.concurrent.CompletableFuture<Void> beside = java.util.concurrent.CompletableFuture.runAsync(whileConsumed);
        SimulationRun.Result result;
        try {
            result = run.run(seed, monday, sunday, new SimulationRun.Target(
                    infrastructure().bootstrapServers(), Map.of(), URI.create(compliance.url()), TestTokens.admin(),
                    new EventSender.AsFastAsPossible(), Duration.ofMinutes(3)));
        } finally {
            beside.get(10, java.util.concurrent.TimeUnit.MINUTES);
        }

        Summary.print(System.out, municipality, result.reports(), result.expected());
        System.out.printf(Locale.ROOT, "SIMULATED WEEK %s: %d events, generated at %.0f events/s, sent in %.1f s, "
                + "consumed and decided by the services %.1f s after the last send%n", monday, result.events(),
                result.generatedPerSecond(), result.sendSeconds(), result.consumeSeconds());

        assertThat(result.reports()).hasSize(municipality.units().size());
        assertThat(result.expected().values().stream().mapToLong(f -> f.callsOffered()).sum()).isPositive();
        assertThat(result.differences()).isEmpty();

        // what other municipal systems see: every breach once, and as many as the simulated truth has
        Instant from = monday.atStartOfDay(calendar.zone()).toInstant();
        Instant until = SimulationRun.lastDeadline(sunday, calendar);
        List<SlaBreached> breaches = KafkaTestClient.readAll(infrastructure().bootstrapServers(),
                        Topic.COMPLIANCE_BREACHES.topicName()).stream()
                .filter(r -> EventType.SLA_BREACHED.ceType().equals(KafkaTestClient.header(r, "ce_type")))
                .map(ConsumerRecord::value)
                .map(v -> EventJson.<SlaBreached>fromJson(EventType.SLA_BREACHED, v))
                .filter(b -> !b.detectedAt().isBefore(from) && b.detectedAt().isBefore(until))
                .toList();
        Map<RuleId, Long> published = breaches.stream()
                .collect(Collectors.groupingBy(SlaBreached::ruleId, TreeMap::new, Collectors.counting()));
        System.out.printf(Locale.ROOT, "SIMULATED WEEK %s: breaches published %s%n", monday, published);
        assertThat(breaches.stream().map(SlaBreached::breachId).distinct().count())
                .as("no breach published twice").isEqualTo(breaches.size());
        Map<RuleId, Long> expected = expectedBreaches(result.expected().values(), calendar);
        for (RuleId rule : EVENT_TIME_RULES) {
            assertThat(published.getOrDefault(rule, 0L)).as("%s breaches on the topic", rule).isEqualTo(expected.get(rule));
        }
    }

    private static Map<RuleId, Long> expectedBreaches(java.util.Collection<Expectation.UnitFigures> units,
            WorkingCalendar calendar) {
        Function<java.util.function.ToIntFunction<Expectation.UnitFigures>, Long> sum =
                f -> units.stream().mapToLong(f::applyAsInt).sum();
        return Map.of(
                RuleId.CALLBACK_2WD, sum.apply(u -> u.callbacksLate() + u.callbacksStillOverdue()),
                RuleId.DIVERSION_RETURN_TIME, sum.apply(Expectation.UnitFigures::diversionsWithoutReturnTime),
                RuleId.DIVERSION_STALE, sum.apply(Expectation.UnitFigures::staleDiversions));
    }
}
