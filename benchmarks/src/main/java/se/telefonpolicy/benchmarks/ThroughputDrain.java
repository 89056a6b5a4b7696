package se.telefonpolicy.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import se.telefonpolicy.contracts.Heartbeat;

/**
 * The drain half of {@code benchmarks/throughput.sh} (issue 19): with a broker filled beforehand and the consuming
 * services just started, polls once a second how far each consumer group is (committed offsets against end offsets,
 * Kafka AdminClient, the partitions committed or assigned to a member, as pbx-simulator's ConsumerLag counts them),
 * samples CPU time and RSS of the given processes from /proc, follows compliance-service's heartbeats on
 * compliance.breaches.v1 from the start, and reads pg_stat_database of each service's database before and after.
 * Not a test: it prints a table and a {@code DRAIN key=value ...} line for the script.
 *
 * <p>A group has caught up at the first poll where its lag is 0 from which on it stays at most {@code low} records
 * (heartbeats every 5 s and the 5 s commit interval keep a drained group's lag just above 0 now and then); the
 * drain ends when every group has been caught up for {@code settle} seconds and, with {@code decided-by}, compliance's
 * watermark has passed that instant on every partition (every decision of the period made).
 *
 * <pre>
 *   java -cp benchmarks.jar se.telefonpolicy.benchmarks.ThroughputDrain await-stable bootstrap=H:P topics=a,b [seconds=3] [timeout=120]
 *   java -cp benchmarks.jar se.telefonpolicy.benchmarks.ThroughputDrain drain bootstrap=H:P events=N groups=g1,g2
 *       [pids=name:pid,...] [postgres=true] [db=group:jdbcUrl,...] [decided-by=INSTANT] [settle=10] [low=50] [timeout=1800]
 * </pre>
 * The databases' user and password come from {@code TELEFONPOLICY_DB_USER} and {@code TELEFONPOLICY_DB_PASSWORD}.
 */
public final class ThroughputDrain {

    /** USER_HZ: clock ticks per second of /proc/[pid]/stat's times; 100 on every Linux we run on. */
    static final double TICKS_PER_SECOND = 100;

    private ThroughputDrain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !Set.of("await-stable", "drain").contains(args[0])) {
            System.err.println("usage: ThroughputDrain await-stable|drain key=value... (see the class comment)");
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq < 1) {
                System.err.println("ThroughputDrain: expected key=value, got " + args[i]);
                System.exit(2);
            }
            options.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        String bootstrap = options.getOrDefault("bootstrap", "127.0.0.1:9092");
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            if (args[0].equals("await-stable")) {
                awaitStable(admin, list(options.get("topics")), Integer.parseInt(options.getOrDefault("seconds", "3")),
                        Integer.parseInt(options.getOrDefault("timeout", "120")));
            } else {
                System.exit(drain(admin, bootstrap, options) ? 0 : 1);
            }
        }
    }

    // --- await-stable: the directory's sample is on its topics before the broker is filled ------------------------

    private static void awaitStable(Admin admin, List<String> topics, int seconds, int timeout) throws Exception {
        long deadline = System.nanoTime() + timeout * 1_000_000_000L;
        long last = -1;
        int same = 0;
        while (same < seconds) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(topics + " did not settle within " + timeout + " s");
            }
            Thread.sleep(1000);
            long total = endOffsets(admin, partitionsOf(admin, topics)).values().stream().mapToLong(Long::longValue).sum();
            same = total > 0 && total == last ? same + 1 : 0;
            last = total;
        }
        System.out.println("STABLE records=" + last);
    }

    // --- drain ------------------------------------------------------------------------------------------------------

    /** One poll of one group: records committed (sum over its partitions) and its lag; -1, -1 before it exists. */
    record GroupPoll(long committed, long lag) {
        boolean started() {
            return committed > 0;
        }
    }

    /**
     * When a group first committed and when it caught up (see the class comment), fed one poll at a time.
     */
    static final class GroupTimeline {
        private final long low;
        private Double firstCommitAt;
        private Double caughtUpAt;
        private long committed;

        GroupTimeline(long low) {
            this.low = low;
        }

        void poll(double at, GroupPoll poll) {
            if (!poll.started()) {
                return;
            }
            committed = poll.committed();
            if (firstCommitAt == null) {
                firstCommitAt = at;
            }
            if (poll.lag() > low) {
                caughtUpAt = null;
            } else if (caughtUpAt == null && poll.lag() == 0) {
                caughtUpAt = at;
            }
        }

        Optional<Double> firstCommitAt() {
            return Optional.ofNullable(firstCommitAt);
        }

        Optional<Double> caughtUpAt() {
            return Optional.ofNullable(caughtUpAt);
        }

        long committed() {
            return committed;
        }

        boolean settled(double now, double settle) {
            return caughtUpAt != null && now - caughtUpAt >= settle;
        }
    }

    /** CPU seconds (user + system, since the process started) and resident set of one process, or of PostgreSQL. */
    record ProcSample(double cpuSeconds, long rssKb) {
    }

    private static boolean drain(Admin admin, String bootstrap, Map<String, String> options) throws Exception {
        long events = Long.parseLong(options.getOrDefault("events", "0"));
        List<String> groups = list(options.get("groups"));
        long low = Long.parseLong(options.getOrDefault("low", "50"));
        double settle = Double.parseDouble(options.getOrDefault("settle", "10"));
        double timeout = Double.parseDouble(options.getOrDefault("timeout", "1800"));
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String p : list(options.get("pids"))) {
            String[] nameAndPid = p.split(":");
            pids.put(nameAndPid[0], Long.parseLong(nameAndPid[1]));
        }
        boolean postgres = Boolean.parseBoolean(options.getOrDefault("postgres", "false"));
        Map<String, String> databases = new LinkedHashMap<>();
        for (String d : list(options.get("db"))) {
            int colon = d.indexOf(':');
            databases.put(d.substring(0, colon), d.substring(colon + 1));
        }
        Instant decidedBy = options.containsKey("decided-by") ? Instant.parse(options.get("decided-by")) : null;

        Map<String, long[]> pgBefore = pgStats(databases);
        Map<String, GroupTimeline> timelines = new LinkedHashMap<>();
        groups.forEach(g -> timelines.put(g, new GroupTimeline(low)));
        // per second: when, and each process's CPU and RSS; the window's ends are picked from it afterwards
        List<Double> times = new ArrayList<>();
        List<Map<String, ProcSample>> samples = new ArrayList<>();
        Map<String, Long> maxRss = new LinkedHashMap<>();
        Double decidedAt = null;
        long started = System.nanoTime();
        try (ComplianceWatermark watermark = decidedBy == null ? null : new ComplianceWatermark(bootstrap)) {
            while (true) {
                double now = (System.nanoTime() - started) / 1e9;
                Map<String, GroupPoll> polls = pollGroups(admin, groups);
                polls.forEach((g, p) -> timelines.get(g).poll(now, p));
                Map<String, ProcSample> sample = new LinkedHashMap<>();
                pids.forEach((name, pid) -> procSample(pid).ifPresent(s -> sample.put(name, s)));
                if (postgres) {
                    sample.put("postgresql", postgresSample());
                }
                sample.forEach((name, s) -> maxRss.merge(name, s.rssKb(), Math::max));
                times.add(now);
                samples.add(sample);
                if (watermark != null && decidedAt == null && watermark.passed(decidedBy)) {
                    decidedAt = now;
                }
                if ((int) now % 10 == 0) {
                    System.out.printf(Locale.ROOT, "  %4.0f s  lag %s%n", now, polls.entrySet().stream()
                            .map(e -> e.getKey() + " " + (e.getValue().started() ? e.getValue().lag() : "-"))
                            .collect(Collectors.joining(", ")));
                }
                boolean allSettled = timelines.values().stream().allMatch(t -> t.settled(now, settle));
                if (allSettled && (decidedBy == null || decidedAt != null)) {
                    break;
                }
                if (now > timeout) {
                    System.out.println("TIMEOUT after " + timeout + " s; lag " + polls);
                    return false;
                }
                long sleep = 1000 - ((System.nanoTime() - started) / 1_000_000 % 1000);
                Thread.sleep(sleep);
            }
        }
        Map<String, long[]> pgAfter = pgStats(databases);

        double first = timelines.values().stream().map(GroupTimeline::firstCommitAt).flatMap(Optional::stream)
                .min(Double::compare).orElseThrow();
        double caught = timelines.values().stream().map(GroupTimeline::caughtUpAt).flatMap(Optional::stream)
                .max(Double::compare).orElseThrow();
        double end = decidedAt == null ? caught : Math.max(caught, decidedAt);
        double endToEnd = end - first;

        System.out.println();
        System.out.println("consumer group           first commit   caught up   seconds    records   records/s");
        for (var e : timelines.entrySet()) {
            GroupTimeline t = e.getValue();
            double from = t.firstCommitAt().orElseThrow();
            double to = t.caughtUpAt().orElseThrow();
            System.out.printf(Locale.ROOT, "%-24s %9.0f s %9.0f s %9.0f %10d %11.0f%n", e.getKey(), from, to, to - from,
                    t.committed(), t.committed() / Math.max(1, to - from));
        }
        System.out.printf(Locale.ROOT, "%-24s %9.0f s %9.0f s %9.0f %10d %11.0f   (PBX events)%n", "end to end", first,
                end, endToEnd, events, events / endToEnd);
        if (decidedAt != null) {
            System.out.printf(Locale.ROOT, "compliance's watermark past %s at %.0f s%n", decidedBy, decidedAt);
        }

        // CPU over the drain window: from the sample at the first commit to the one at the end
        Map<String, ProcSample> atFirst = samples.get(indexAt(times, first));
        Map<String, ProcSample> atEnd = samples.get(indexAt(times, end));
        System.out.println();
        System.out.println("process                  CPU-s in drain   CPU-s total   CPU-s/1000 events   max RSS MB   RSS at end MB");
        double cpuSum = 0;
        for (String name : atEnd.keySet()) {
            ProcSample a = atFirst.getOrDefault(name, new ProcSample(0, 0));
            double cpu = atEnd.get(name).cpuSeconds() - a.cpuSeconds();
            cpuSum += cpu;
            System.out.printf(Locale.ROOT, "%-24s %14.1f %13.1f %19.2f %12.0f %15.0f%n", name, cpu, atEnd.get(name).cpuSeconds(),
                    cpu * 1000 / Math.max(1, events), maxRss.get(name) / 1024.0, atEnd.get(name).rssKb() / 1024.0);
        }
        System.out.printf(Locale.ROOT, "%-24s %14.1f %13s %19.2f%n", "all", cpuSum, "", cpuSum * 1000 / Math.max(1, events));
        long maxServiceRss = maxRss.entrySet().stream().filter(e -> pids.containsKey(e.getKey()))
                .mapToLong(Map.Entry::getValue).max().orElse(0);

        if (!databases.isEmpty()) {
            System.out.println();
            System.out.println("database of              xact_commit   tup_returned   tup_fetched   per record: xact  returned  fetched");
            for (String group : databases.keySet()) {
                long[] b = pgBefore.get(group);
                long[] a = pgAfter.get(group);
                long records = timelines.containsKey(group) ? timelines.get(group).committed() : 0;
                long xact = a[0] - b[0];
                long returned = a[1] - b[1];
                long fetched = a[2] - b[2];
                System.out.printf(Locale.ROOT, "%-24s %11d %14d %13d   %17s %9s %8s%n", group, xact, returned, fetched,
                        perRecord(xact, records), perRecord(returned, records), perRecord(fetched, records));
            }
            System.out.println("(the counters' difference from before the services started to the end: Flyway and startup included)");
        }
        System.out.printf(Locale.ROOT, "%nDRAIN end_to_end_events_per_s=%.0f end_to_end_s=%.1f cpu_s_per_1000_events=%.2f max_rss_mb=%.0f%n",
                events / endToEnd, endToEnd, cpuSum * 1000 / Math.max(1, events), maxServiceRss / 1024.0);
        return true;
    }

    private static String perRecord(long count, long records) {
        return records == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", (double) count / records);
    }

    /** The sample taken at or just after {@code time}. */
    private static int indexAt(List<Double> times, double time) {
        for (int i = 0; i < times.size(); i++) {
            if (times.get(i) >= time) {
                return i;
            }
        }
        return times.size() - 1;
    }

    private static Map<String, GroupPoll> pollGroups(Admin admin, List<String> groups) throws Exception {
        Map<String, GroupPoll> polls = new LinkedHashMap<>();
        Map<String, ConsumerGroupDescription> described = new HashMap<>();
        for (var e : admin.describeConsumerGroups(groups).describedGroups().entrySet()) {
            try {
                described.put(e.getKey(), e.getValue().get());
            } catch (ExecutionException notThereYet) {
                // no member has joined yet
            }
        }
        Map<String, Set<TopicPartition>> partitions = new HashMap<>();
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
        Set<TopicPartition> all = new HashSet<>();
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> offsets;
            try {
                offsets = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            } catch (ExecutionException e) {
                offsets = Map.of();
            }
            Set<TopicPartition> read = new HashSet<>();
            offsets.forEach((tp, o) -> {
                if (o != null) {
                    read.add(tp);
                }
            });
            ConsumerGroupDescription d = described.get(group);
            if (d != null) {
                d.members().forEach(m -> read.addAll(m.assignment().topicPartitions()));
            }
            partitions.put(group, read);
            committed.put(group, offsets);
            all.addAll(read);
        }
        Map<TopicPartition, Long> ends = all.isEmpty() ? Map.of() : endOffsets(admin, all);
        for (String group : groups) {
            long done = 0;
            long lag = 0;
            for (TopicPartition tp : partitions.get(group)) {
                OffsetAndMetadata at = committed.get(group).get(tp);
                // a partition assigned and never committed is read from its start (a fresh broker: offset 0)
                long offset = at == null ? 0 : at.offset();
                done += offset;
                lag += Math.max(0, ends.get(tp) - offset);
            }
            polls.put(group, partitions.get(group).isEmpty() ? new GroupPoll(-1, -1) : new GroupPoll(done, lag));
        }
        return polls;
    }

    private static Set<TopicPartition> partitionsOf(Admin admin, List<String> topics) throws Exception {
        return admin.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(t -> t.partitions().stream().map(p -> new TopicPartition(t.name(), p.partition())))
                .collect(Collectors.toSet());
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin, Set<TopicPartition> partitions) throws Exception {
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(
                partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()))).all().get();
        Map<TopicPartition, Long> offsets = new HashMap<>();
        ends.forEach((tp, info) -> offsets.put(tp, info.offset()));
        return offsets;
    }

    // --- /proc ----------------------------------------------------------------------------------------------------

    /** utime + stime of a /proc/[pid]/stat line (and, with children, cutime + cstime), in seconds. */
    static double cpuSeconds(String stat, boolean withChildren) {
        // the command name is in parentheses and may hold spaces: the fields after it start at state (field 3)
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        if (withChildren) {
            ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
        }
        return ticks / TICKS_PER_SECOND;
    }

    static long rssKb(String status) {
        return status.lines().filter(l -> l.startsWith("VmRSS:")).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
    }

    private static Optional<ProcSample> procSample(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
            String status = Files.readString(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.UTF_8);
            return Optional.of(new ProcSample(cpuSeconds(stat, false), rssKb(status)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Every process named postgres on this machine, children's times included (the postmaster's cutime holds the
     * backends that have exited): the whole server, whatever else uses it. Its RSS sum counts shared buffers once per
     * process, so it is only an upper bound.
     */
    private static ProcSample postgresSample() {
        double cpu = 0;
        long rss = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(p.resolve("stat"), StandardCharsets.UTF_8);
                    if (stat.contains("(postgres)")) {
                        cpu += cpuSeconds(stat, true);
                        rss += rssKb(Files.readString(p.resolve("status"), StandardCharsets.UTF_8));
                    }
                } catch (IOException | RuntimeException e) {
                    // gone between the listing and the read
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new ProcSample(cpu, rss);
    }

    // --- pg_stat_database -------------------------------------------------------------------------------------------

    private static Map<String, long[]> pgStats(Map<String, String> databases) throws SQLException {
        Map<String, long[]> stats = new LinkedHashMap<>();
        String user = System.getenv("TELEFONPOLICY_DB_USER");
        String password = System.getenv("TELEFONPOLICY_DB_PASSWORD");
        for (var e : databases.entrySet()) {
            try (Connection c = DriverManager.getConnection(e.getValue(), user, password);
                 Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("select xact_commit, tup_returned, tup_fetched from pg_stat_database"
                         + " where datname = current_database()")) {
                r.next();
                stats.put(e.getKey(), new long[] { r.getLong(1), r.getLong(2), r.getLong(3) });
            }
        }
        return stats;
    }

    // --- compliance's decisions ---------------------------------------------------------------------------------------

    /** compliance.breaches.v1 from its start: the latest watermark of compliance-service's heartbeats per partition. */
    private static final class ComplianceWatermark implements AutoCloseable {
        private static final String TOPIC = "compliance.breaches.v1";
        private final KafkaConsumer<String, String> consumer;
        private final int partitions;
        private final Map<Integer, Instant> latest = new HashMap<>();

        ComplianceWatermark(String bootstrap) {
            consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
            List<TopicPartition> all = consumer.partitionsFor(TOPIC).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            partitions = all.size();
            consumer.assign(all);
            consumer.seekToBeginning(all);
        }

        boolean passed(Instant target) {
            // everything there is now, a poll's worth at a time
            var records = consumer.poll(Duration.ofMillis(200));
            while (!records.isEmpty()) {
                for (ConsumerRecord<String, String> r : records) {
                    Map<String, String> headers = new HashMap<>();
                    for (Header h : r.headers()) {
                        headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
                    }
                    Heartbeat.partitionTime(headers)
                            .ifPresent(t -> latest.merge(r.partition(), t, (a, b) -> a.isAfter(b) ? a : b));
                }
                records = consumer.poll(Duration.ofMillis(20));
            }
            return latest.size() == partitions && latest.values().stream().noneMatch(t -> t.isBefore(target));
        }

        @Override
        public void close() {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of() : List.of(commaSeparated.split(","));
    }
}
