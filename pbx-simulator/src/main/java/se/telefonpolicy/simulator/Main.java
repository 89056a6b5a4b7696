package se.telefonpolicy.simulator;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.simulator.domain.Expectation;
import se.telefonpolicy.simulator.domain.Municipality;
import se.telefonpolicy.simulator.domain.SampleMunicipality;
import se.telefonpolicy.simulator.domain.Simulator;
import se.telefonpolicy.simulator.messaging.ConsumerLag;
import se.telefonpolicy.simulator.messaging.DecisionWatermark;
import se.telefonpolicy.simulator.messaging.EventSender;
import se.telefonpolicy.simulator.reporting.ComplianceReports;
import se.telefonpolicy.simulator.reporting.Summary;

/**
 * {@code java -jar pbx-simulator.jar [--seed N] [--from YYYY-MM-DD --to YYYY-MM-DD] [--pace max|xN]
 * [--bootstrap host:port] [--compliance-url URL] [--token JWT] [--dry-run]}. Without dates it plays the last week
 * whose deadlines have all passed. {@code --dry-run} only generates, and prints the event rate and a digest of
 * events and expectation (the same seed, the same digest).
 *
 * <p>For the throughput benchmark ({@code benchmarks/throughput.sh}), which fills a broker before the services start:
 * {@code --weeks N} plays the last N such weeks instead of one (without dates only); {@code --send-only} sends the
 * period's events and the closing heartbeats as fast as the broker takes them and exits at once, printing
 * {@code SENT events=<n> from=<date> to=<date> now=<instant> decided_by=<last deadline> seconds=<s>} (no token, no
 * services needed); {@code --check-only --now <instant>} sends nothing: once compliance-service has decided the
 * period and every consumer group has caught up, it compares the reports with the expectation of the period sent
 * with that "now" and prints {@code CHECKED units=<n> differences=<n>} (exit status 1 on a difference).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        WorkingCalendar calendar = WorkingCalendar.sweden();
        Municipality municipality = SampleMunicipality.load();
        long seed = Long.parseLong(options.getOrDefault("seed", "20141124"));
        LocalDate[] week = SimulationRun.lastDecidedWeek(Instant.now(), calendar);
        int weeks = Integer.parseInt(options.getOrDefault("weeks", "1"));
        if (weeks < 1) {
            fail("--weeks behöver minst 1");
        }
        LocalDate from = options.containsKey("from") ? LocalDate.parse(options.get("from")) : week[0].minusWeeks(weeks - 1L);
        LocalDate to = options.containsKey("to") ? LocalDate.parse(options.get("to")) : week[1];

        if (options.containsKey("dry-run")) {
            dryRun(municipality, calendar, seed, from, to);
            return;
        }
        String bootstrap = options.getOrDefault("bootstrap", env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"));
        Instant now = options.containsKey("now") ? Instant.parse(options.get("now")) : Instant.now();
        if (options.containsKey("send-only")) {
            sendOnly(municipality, calendar, seed, from, to, now, bootstrap);
            return;
        }
        URI compliance = URI.create(options.getOrDefault("compliance-url", "http://127.0.0.1:8084"));
        String token = options.getOrDefault("token", env("TELEFONPOLICY_SIMULATOR_TOKEN", null));
        if (token == null) {
            fail("En token med rollen admin behövs: --token eller TELEFONPOLICY_SIMULATOR_TOKEN");
        }
        if (options.containsKey("check-only")) {
            if (!options.containsKey("now")) {
                fail("--check-only behöver --now: den som --send-only skrev ut");
            }
            System.exit(checkOnly(municipality, calendar, seed, from, to, now, bootstrap, compliance, token) ? 0 : 1);
        }
        String pace = options.getOrDefault("pace", "max");
        EventSender.Pace sendPace = pace.equals("max") ? new EventSender.AsFastAsPossible()
                : new EventSender.TimesRealTime(Double.parseDouble(pace.replaceFirst("^x", "")));

        var run = new SimulationRun(municipality, calendar, System.out);
        var result = run.run(seed, from, to, new SimulationRun.Target(bootstrap, kafkaSecurity(), compliance, token,
                sendPace, Duration.ofMinutes(3)));
        System.out.println();
        System.out.printf(Locale.ROOT, "Sammanfattning %s – %s (enhetens egna siffror, compliance-service)%n",
                result.from(), result.to());
        Summary.print(System.out, municipality, result.reports(), result.expected());
        System.out.println();
        if (result.differences().isEmpty()) {
            System.out.println("Alla siffror stämmer med simulatorns facit.");
        } else {
            System.out.println("Skillnader mot simulatorns facit:");
            result.differences().forEach(d -> System.out.println("  " + d));
        }
        System.out.printf(Locale.ROOT, "%nSe vidare: %s/api/v1/reports/units/<enhet>?from=%s&to=%s (JSON, eller &format=csv)%n",
                compliance, result.from(), result.to());
        System.exit(result.differences().isEmpty() ? 0 : 1);
    }

    private static void dryRun(Municipality municipality, WorkingCalendar calendar, long seed, LocalDate from, LocalDate to)
            throws Exception {
        Instant now = to.plusWeeks(2).atStartOfDay(calendar.zone()).toInstant();
        long started = System.nanoTime();
        var simulation = Simulator.run(municipality, Simulator.Settings.of(seed, from, to, now), calendar);
        double seconds = (System.nanoTime() - started) / 1e9;
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < simulation.events().size(); i++) {
            digest.update(EventSender.eventId(seed, i).toString().getBytes(StandardCharsets.UTF_8));
            digest.update(EventJson.toJsonBytes(simulation.events().get(i)));
        }
        Map<String, Expectation.UnitFigures> expected = Expectation.perUnit(municipality, simulation.truth(), from, to, now,
                calendar, Duration.ofMinutes(15));
        digest.update(expected.toString().getBytes(StandardCharsets.UTF_8));
        System.out.printf(Locale.ROOT, "%s – %s, frö %d: %d händelser på %.2f s (%,.0f händelser/s)%n", from, to, seed,
                simulation.events().size(), seconds, simulation.events().size() / seconds);
        System.out.println("Sammandrag (händelser och facit): " + HexFormat.of().formatHex(digest.digest()));
    }

    /** {@code --send-only}: the period's events and the closing heartbeats as fast as the broker takes them, then exit. */
    private static void sendOnly(Municipality municipality, WorkingCalendar calendar, long seed, LocalDate from, LocalDate to,
            Instant now, String bootstrap) throws Exception {
        var simulation = Simulator.run(municipality, Simulator.Settings.of(seed, from, to, now), calendar);
        int count = simulation.events().size();
        long started = System.nanoTime();
        try (EventSender sender = new EventSender(bootstrap, seed, kafkaSecurity())) {
            sender.send(simulation.events(), new EventSender.AsFastAsPossible(), sent -> { });
            sender.sendHeartbeats(now);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "SENT events=%d from=%s to=%s now=%s decided_by=%s seconds=%.1f%n", count, from, to,
                now, SimulationRun.lastDeadline(to, calendar), seconds);
    }

    /**
     * {@code --check-only}: waits until compliance-service has decided the period and every consumer group has caught
     * up, then compares each unit's report with the expectation of the period generated with {@code now}.
     */
    private static boolean checkOnly(Municipality municipality, WorkingCalendar calendar, long seed, LocalDate from,
            LocalDate to, Instant now, String bootstrap, URI complianceUrl, String token) throws Exception {
        var simulation = Simulator.run(municipality, Simulator.Settings.of(seed, from, to, now), calendar);
        Duration stall = Duration.ofMinutes(3);
        try (DecisionWatermark decided = new DecisionWatermark(bootstrap, kafkaSecurity());
             ConsumerLag lag = new ConsumerLag(bootstrap, kafkaSecurity())) {
            decided.await(SimulationRun.lastDeadline(to, calendar), stall);
            lag.awaitCaughtUp(java.util.Set.of(), stall, Duration.ofSeconds(1), left -> { });
        }
        ComplianceReports reports = new ComplianceReports(complianceUrl, token);
        Map<String, JsonNode> figures = new java.util.LinkedHashMap<>();
        for (Municipality.Unit unit : municipality.units()) {
            reports.figures(unit.id(), from, to).ifPresent(f -> figures.put(unit.id(), f));
        }
        Map<String, Expectation.UnitFigures> expected = Expectation.perUnit(municipality, simulation.truth(), from, to,
                Instant.now(), calendar, Duration.ofMinutes(15));
        List<String> differences = Summary.differences(municipality, figures, expected);
        System.out.printf(Locale.ROOT, "CHECKED units=%d differences=%d%n", figures.size(), differences.size());
        differences.forEach(d -> System.out.println("  " + d));
        return differences.isEmpty();
    }

    /** The same Kafka security settings the services read (platform's microprofile-config). */
    private static Map<String, Object> kafkaSecurity() {
        Map<String, Object> config = new HashMap<>();
        String protocol = System.getenv("KAFKA_SECURITY_PROTOCOL");
        if (protocol != null && !protocol.isBlank()) {
            config.put("security.protocol", protocol);
        }
        String mechanism = System.getenv("KAFKA_SASL_MECHANISM");
        if (mechanism != null && !mechanism.isBlank()) {
            config.put("sasl.mechanism", mechanism);
        }
        String jaas = System.getenv("KAFKA_SASL_JAAS_CONFIG");
        if (jaas != null && !jaas.isBlank()) {
            config.put("sasl.jaas.config", jaas);
        }
        return config;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        List<String> flags = List.of("dry-run", "send-only", "check-only");
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                fail("Okänt argument: " + args[i]);
            }
            String name = args[i].substring(2);
            if (flags.contains(name)) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                fail("--" + name + " behöver ett värde");
            }
        }
        return options;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void fail(String message) {
        System.err.println("pbx-simulator: " + message);
        System.exit(2);
    }
}
