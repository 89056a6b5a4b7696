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

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.simulator.domain.Expectation;
import se.telefonpolicy.simulator.domain.Municipality;
import se.telefonpolicy.simulator.domain.SampleMunicipality;
import se.telefonpolicy.simulator.domain.Simulator;
import se.telefonpolicy.simulator.messaging.EventSender;
import se.telefonpolicy.simulator.reporting.Summary;

/**
 * {@code java -jar pbx-simulator.jar [--seed N] [--from YYYY-MM-DD --to YYYY-MM-DD] [--pace max|xN]
 * [--bootstrap host:port] [--compliance-url URL] [--token JWT] [--dry-run]}. Without dates it plays the last week
 * whose deadlines have all passed. {@code --dry-run} only generates, and prints the event rate and a digest of
 * events and expectation (the same seed, the same digest).
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
        LocalDate from = options.containsKey("from") ? LocalDate.parse(options.get("from")) : week[0];
        LocalDate to = options.containsKey("to") ? LocalDate.parse(options.get("to")) : week[1];

        if (options.containsKey("dry-run")) {
            dryRun(municipality, calendar, seed, from, to);
            return;
        }
        String bootstrap = options.getOrDefault("bootstrap", env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"));
        URI compliance = URI.create(options.getOrDefault("compliance-url", "http://127.0.0.1:8084"));
        String token = options.getOrDefault("token", env("TELEFONPOLICY_SIMULATOR_TOKEN", null));
        if (token == null) {
            fail("En token med rollen admin behövs: --token eller TELEFONPOLICY_SIMULATOR_TOKEN");
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
        List<String> flags = List.of("dry-run");
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
