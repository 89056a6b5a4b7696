package se.telefonpolicy.simulator.replay;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Heartbeat;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.TopicSpec;
import se.telefonpolicy.contracts.compliance.SlaBreached;
import se.telefonpolicy.kafka.KafkaBroker;
import se.telefonpolicy.simulator.messaging.ConsumerLag;
import se.telefonpolicy.simulator.messaging.DecisionWatermark;
import se.telefonpolicy.testsupport.PackagedService;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * Replays one fortnight in one {@link Interleaving} through a broker of its own (so every topic can have the
 * interleaving's partition count) and fresh databases, into availability-, callback- and compliance-service started
 * from their packaged jars on their default settings; the test plays the directory (snapshots on its topics) and the
 * PBX. Returns what went out: every SlaBreached on compliance.breaches.v1, the desk's gaps per day from
 * availability's coverage endpoint, and both units' compliance reports.
 */
final class ReplayHarness {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofMinutes(4);
    private static final Duration LATENESS = Duration.ofMinutes(2);
    private static final URI SOURCE = URI.create("urn:telefonpolicy:replay-test");

    /** What the services published and report. */
    record Outcome(List<SlaBreached> breaches, Map<LocalDate, JsonNode> gaps, Map<String, JsonNode> reports) {
    }

    private ReplayHarness() {
    }

    static Outcome run(Fortnight fortnight, Interleaving interleaving, WorkingCalendar calendar) throws Exception {
        Path dir = Files.createTempDirectory("telefonpolicy-replay-");
        List<String> databases = new ArrayList<>();
        Map<String, PackagedService> services = new LinkedHashMap<>();
        try (KafkaBroker broker = KafkaBroker.start(dir, 0)) {
            broker.createTopics(Topic.allSpecs().stream()
                    .map(s -> s.name().endsWith(Topic.DLQ_SUFFIX) ? s
                            : new TopicSpec(s.name(), interleaving.partitions(), s.configs()))
                    .toList());
            try (KafkaProducer<String, String> producer = producer(broker.bootstrapServers())) {
                List<DomainEvent> directory = new ArrayList<>(List.of(fortnight.unit(), fortnight.desk()));
                directory.addAll(fortnight.employees());
                for (DomainEvent e : directory) {
                    send(producer, e, null, null).get(10, TimeUnit.SECONDS);
                }
                for (String service : Interleaving.SERVICES) {
                    String database = PackagedService.createDatabase(service);
                    databases.add(database);
                    services.put(service, PackagedService.launch(Path.of("..", service + "-service"), database,
                            Map.of("kafka.bootstrap.servers", broker.bootstrapServers())));
                }
                services.values().forEach(PackagedService::awaitReady);
                try (ConsumerLag lag = new ConsumerLag(broker.bootstrapServers(), Map.of());
                     DecisionWatermark decided = new DecisionWatermark(broker.bootstrapServers(), Map.of())) {
                    replay(producer, fortnight, interleaving, services, lag);
                    // the end of what happened: every partition of the PBX topics is told so
                    heartbeats(producer, interleaving.partitions(), p -> fortnight.end());
                    producer.flush();
                    decided.await(fortnight.end().minus(LATENESS), TIMEOUT);
                    lag.awaitCaughtUp(Set.of(), TIMEOUT, Duration.ofMillis(500), left -> { });
                }
            }
            return collect(broker.bootstrapServers(), fortnight, services, calendar);
        } finally {
            services.values().forEach(s -> {
                s.resume();
                s.close();
            });
            databases.forEach(PackagedService::dropDatabase);
        }
    }

    /**
     * Sends the PBX events: the per-key streams merged in the interleaving's random order. Every event carries the
     * true promise of its partition ({@code ce_watermark}: the earliest event time still to come there, its own
     * included), and every 250 events each partition gets a heartbeat with it — a replaying PBX that is honest about
     * what is still to come, whatever order it sends in.
     */
    private static void replay(KafkaProducer<String, String> producer, Fortnight fortnight, Interleaving interleaving,
            Map<String, PackagedService> services, ConsumerLag lag) throws Exception {
        int partitions = interleaving.partitions();
        Map<String, Deque<DomainEvent>> byKey = new TreeMap<>();
        Map<String, TreeMap<Instant, Integer>> toCome = new HashMap<>();
        for (DomainEvent e : fortnight.events()) {
            byKey.computeIfAbsent(e.type().topic().topicName() + "|" + e.key(), k -> new ArrayDeque<>()).add(e);
            toCome.computeIfAbsent(where(e, partitions), k -> new TreeMap<>()).merge(e.occurredAt(), 1, Integer::sum);
        }
        Random random = new Random(interleaving.seed());
        List<String> keys = new ArrayList<>(byKey.keySet());
        int total = fortnight.events().size();
        List<Interleaving.Pause> pauses = new ArrayList<>(interleaving.pauses());
        pauses.sort(Comparator.comparingDouble(Interleaving.Pause::atShare));
        PackagedService paused = null;
        List<Future<?>> pending = new ArrayList<>();
        for (int sent = 0; sent < total; sent++) {
            if (!pauses.isEmpty() && sent >= pauses.get(0).atShare() * total) {
                // the services not stopped read on until they have caught up; then the stopped one goes on
                if (paused != null) {
                    awaitOthers(lag, paused, services);
                    paused.resume();
                }
                paused = services.get(pauses.remove(0).service());
                paused.pause();
            }
            String key = keys.get(random.nextInt(keys.size()));
            Deque<DomainEvent> stream = byKey.get(key);
            DomainEvent event = stream.poll();
            if (stream.isEmpty()) {
                keys.remove(key);
            }
            String partition = where(event, partitions);
            TreeMap<Instant, Integer> left = toCome.get(partition);
            Instant promise = left.firstKey();
            if (left.merge(event.occurredAt(), -1, Integer::sum) == 0) {
                left.remove(event.occurredAt());
            }
            pending.add(send(producer, event, partition(event, partitions), promise));
            if ((sent + 1) % 250 == 0) {
                heartbeats(producer, partitions, p -> {
                    TreeMap<Instant, Integer> rest = toCome.get(p);
                    return rest == null || rest.isEmpty() ? fortnight.end() : rest.firstKey();
                });
            }
        }
        for (Future<?> f : pending) {
            f.get(30, TimeUnit.SECONDS);
        }
        if (paused != null) {
            awaitOthers(lag, paused, services);
            paused.resume();
        }
    }

    private static void awaitOthers(ConsumerLag lag, PackagedService paused, Map<String, PackagedService> services)
            throws InterruptedException {
        Set<String> others = new java.util.HashSet<>();
        services.forEach((name, s) -> {
            if (s != paused) {
                others.add(name + "-service");
            }
        });
        lag.awaitCaughtUp(others, TIMEOUT, Duration.ofMillis(300), left -> { });
    }

    private static void heartbeats(KafkaProducer<String, String> producer, int partitions,
            java.util.function.Function<String, Instant> promise) {
        for (Topic topic : List.of(Topic.PBX_CALLS, Topic.PBX_PRESENCE)) {
            for (int p = 0; p < partitions; p++) {
                Heartbeat beat = Heartbeat.of(SOURCE, topic.topicName(), p, promise.apply(topic.topicName() + "/" + p));
                producer.send(new ProducerRecord<>(topic.topicName(), p, Heartbeat.KEY, beat.data(), headers(beat.headers())));
            }
        }
    }

    private static Future<?> send(KafkaProducer<String, String> producer, DomainEvent event, Integer partition,
            Instant promise) {
        EventEnvelope envelope = EventEnvelope.of(event, java.util.UUID.nameUUIDFromBytes(
                (event.type() + "/" + event.subject() + "/" + event.occurredAt()).getBytes(StandardCharsets.UTF_8)), SOURCE);
        Map<String, String> h = new LinkedHashMap<>(envelope.headers());
        if (promise != null) {
            h.put(Heartbeat.HEADER_WATERMARK, Heartbeat.format(promise));
        }
        return producer.send(new ProducerRecord<>(envelope.topic(), partition, envelope.key(), envelope.data(), headers(h)));
    }

    /** Kafka's own default partitioner for a keyed record: where the key puts it. */
    private static int partition(DomainEvent event, int partitions) {
        return Utils.toPositive(Utils.murmur2(event.key().getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private static String where(DomainEvent event, int partitions) {
        return event.type().topic().topicName() + "/" + partition(event, partitions);
    }

    private static List<Header> headers(Map<String, String> headers) {
        List<Header> list = new ArrayList<>();
        headers.forEach((k, v) -> list.add(new RecordHeader(k, v.getBytes(StandardCharsets.UTF_8))));
        return list;
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 10), new StringSerializer(), new StringSerializer());
    }

    private static Outcome collect(String bootstrap, Fortnight fortnight, Map<String, PackagedService> services,
            WorkingCalendar calendar) throws IOException, InterruptedException {
        List<SlaBreached> breaches = new ArrayList<>();
        for (ConsumerRecord<String, String> r : readAll(bootstrap, Topic.COMPLIANCE_BREACHES.topicName())) {
            Header type = r.headers().lastHeader(EventEnvelope.HEADER_TYPE);
            if (type != null && EventType.SLA_BREACHED.ceType().equals(new String(type.value(), StandardCharsets.UTF_8))) {
                breaches.add(EventJson.fromJson(EventType.SLA_BREACHED, r.value()));
            }
        }
        breaches.sort(Comparator.comparing(SlaBreached::breachId));
        Map<LocalDate, JsonNode> gaps = new TreeMap<>();
        LocalDate last = fortnight.end().atZone(Fortnight.ZONE).toLocalDate().minusDays(1);
        for (LocalDate day = fortnight.monday(); !day.isAfter(last); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                gaps.put(day, get(services.get("availability").url() + "/api/v1/units/" + Fortnight.DESK
                        + "/coverage?date=" + day).get("gaps"));
            }
        }
        Map<String, JsonNode> reports = new TreeMap<>();
        for (String unit : List.of(Fortnight.UNIT, Fortnight.DESK)) {
            reports.put(unit, get(services.get("compliance").url() + "/api/v1/reports/units/" + unit
                    + "?from=" + fortnight.monday() + "&to=" + fortnight.sunday()));
        }
        return new Outcome(breaches, gaps, reports);
    }

    private static JsonNode get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + TestTokens.admin()).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static List<ConsumerRecord<String, String>> readAll(String bootstrap, String topic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
