package se.telefonpolicy.simulator;

import java.io.PrintStream;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.simulator.domain.Expectation;
import se.telefonpolicy.simulator.domain.Municipality;
import se.telefonpolicy.simulator.domain.Simulator;
import se.telefonpolicy.simulator.messaging.ConsumerLag;
import se.telefonpolicy.simulator.messaging.DecisionWatermark;
import se.telefonpolicy.simulator.messaging.EventSender;
import se.telefonpolicy.simulator.reporting.ComplianceReports;
import se.telefonpolicy.simulator.reporting.Summary;

/**
 * One simulated period against running services: generate, send, wait until every consumer group has caught
 * up, read compliance-service's reports and compare them with the simulator's own expectation. The local run's
 * summary and the week test both go through here.
 */
public final class SimulationRun {

    /**
     * @param bootstrapServers the services' Kafka
     * @param kafkaConfig      extra client settings (SASL/TLS), may be empty
     * @param complianceUrl    compliance-service's base URL
     * @param token            a bearer token with the admin role
     * @param pace             how fast to send
     * @param stallTimeout     how long the services may go without progress (lag shrinking, event time moving) before
     *                         the run gives up: a busy machine is slow, not stuck
     */
    public record Target(String bootstrapServers, Map<String, Object> kafkaConfig, URI complianceUrl, String token,
            EventSender.Pace pace, Duration stallTimeout) {
    }

    /** What happened, with the figures for the note: events per second alone, and the services' consume time. */
    public record Result(LocalDate from, LocalDate to, int events, double generatedPerSecond, double sendSeconds,
            double consumeSeconds, Map<String, JsonNode> reports, Map<String, Expectation.UnitFigures> expected,
            List<String> differences) {
    }

    private final Municipality municipality;
    private final WorkingCalendar calendar;
    private final PrintStream out;

    public SimulationRun(Municipality municipality, WorkingCalendar calendar, PrintStream out) {
        this.municipality = municipality;
        this.calendar = calendar;
        this.out = out;
    }

    /**
     * The latest Monday-to-Sunday week before {@code now} whose every CALLBACK_2WD deadline has passed, so that
     * all its figures are decided.
     */
    public static LocalDate[] lastDecidedWeek(Instant now, WorkingCalendar calendar) {
        LocalDate monday = LocalDate.ofInstant(now, calendar.zone()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(1);
        while (true) {
            LocalDate sunday = monday.plusDays(6);
            // the services decide a deadline once their watermark (now less the allowed lateness) has passed it
            if (lastDeadline(sunday, calendar).isBefore(now.minus(Duration.ofMinutes(10)))) {
                return new LocalDate[] { monday, sunday };
            }
            monday = monday.minusWeeks(1);
        }
    }

    /** The end of the day of the period's last CALLBACK_2WD deadline: by then every figure of the period is decided. */
    public static Instant lastDeadline(LocalDate lastDay, WorkingCalendar calendar) {
        return calendar.plusWorkingDays(lastDay, 2).plusDays(1).atStartOfDay(calendar.zone()).toInstant();
    }

    public Result run(long seed, LocalDate from, LocalDate to, Target target) throws Exception {
        ComplianceReports reports = new ComplianceReports(target.complianceUrl(), target.token());
        Instant now = Instant.now();

        say("Simulerar %s – %s: %d enheter, %d anställda, frö %d", from, to, municipality.units().size(),
                municipality.employees().size(), seed);
        long started = System.nanoTime();
        Simulator.Simulation simulation = Simulator.run(municipality, Simulator.Settings.of(seed, from, to, now), calendar);
        double generateSeconds = seconds(started);
        int count = simulation.events().size();
        say("  %d händelser genererade på %.1f s (%,.0f händelser/s)", count, generateSeconds, count / generateSeconds);

        try (ConsumerLag lag = new ConsumerLag(target.bootstrapServers(), target.kafkaConfig())) {
            say("Väntar tills compliance-service känner alla enheter ...");
            awaitUnitsKnown(reports, from, to, target.stallTimeout());
            lag.awaitCaughtUp(Set.of(), target.stallTimeout(), Duration.ofSeconds(1), left -> { });


            started = System.nanoTime();
            double sendSeconds;
            try (EventSender sender = new EventSender(target.bootstrapServers(), seed, target.kafkaConfig());
                 DecisionWatermark decided = new DecisionWatermark(target.bootstrapServers(), target.kafkaConfig())) {
                sender.send(simulation.events(), target.pace(), sent -> progress("  Skickat", sent, count));
                // nothing more happened before now: the services may decide every deadline of the period
                sender.sendHeartbeats(now);
                sendSeconds = seconds(started);
                say("  %d händelser skickade på %.1f s", count, sendSeconds);
                Instant lastDeadline = lastDeadline(to, calendar);
                say("Tjänsterna tar emot och beslutar (händelsetid till %s) ...", lastDeadline);
                decided.await(lastDeadline, target.stallTimeout());
            }

            say("Tjänsterna tar emot och räknar ...");
            long[] lastShown = { 0 };
            lag.awaitCaughtUp(Set.of(), target.stallTimeout(), Duration.ofSeconds(1), left -> {
                long total = left.values().stream().mapToLong(Long::longValue).sum();
                // every five seconds is enough to see it move
                if (total > 0 && System.nanoTime() - lastShown[0] > 5_000_000_000L) {
                    out.printf(Locale.ROOT, "  kvar att konsumera: %s%n", left.entrySet().stream()
                            .filter(e -> e.getValue() > 0).map(e -> e.getKey() + " " + e.getValue())
                            .collect(java.util.stream.Collectors.joining(", ")));
                    lastShown[0] = System.nanoTime();
                }
            });
            double consumeSeconds = seconds(started);
            say("  Klart: %d händelser konsumerade %.1f s efter första sändningen", count, consumeSeconds);

            Map<String, JsonNode> figures = new LinkedHashMap<>();
            for (Municipality.Unit unit : municipality.units()) {
                reports.figures(unit.id(), from, to).ifPresent(f -> figures.put(unit.id(), f));
            }
            Map<String, Expectation.UnitFigures> expected = Expectation.perUnit(municipality, simulation.truth(), from, to,
                    Instant.now(), calendar, Duration.ofMinutes(15));
            List<String> differences = Summary.differences(municipality, figures, expected);
            return new Result(from, to, count, count / generateSeconds, sendSeconds, consumeSeconds, figures, expected,
                    differences);
        }
    }

    private void awaitUnitsKnown(ComplianceReports reports, LocalDate from, LocalDate to, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Municipality.Unit unit : municipality.units()) {
            while (reports.figures(unit.id(), from, to).isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("compliance-service känner inte enheten " + unit.id()
                            + " efter " + timeout.toSeconds() + " s: är katalogen laddad?");
                }
                Thread.sleep(500);
            }
        }
    }

    private void progress(String what, long done, long total) {
        out.printf(Locale.ROOT, "%s %d av %d (%d %%)%n", what, done, total, total == 0 ? 100 : done * 100 / total);
    }

    private void say(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
