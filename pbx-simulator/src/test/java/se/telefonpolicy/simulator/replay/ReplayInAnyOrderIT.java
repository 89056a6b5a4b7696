package se.telefonpolicy.simulator.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.contracts.compliance.SlaBreached;

/**
 * Acceptance 2 of the event-time work, a property over delivery orders: one generated fortnight of a unit and a
 * service desk, replayed through a real broker into the real services in several interleavings — different
 * partition counts, a different merge of the per-key streams, services stopped and resumed while the others read
 * on — gives in every run the same published breaches, the same report figures and the same desk gaps, and those
 * equal the test's own {@link Reference}, written from the generated truth.
 *
 * <p>How many interleavings: {@code -Dtelefonpolicy.replay.interleavings=N} (default 2, each about a minute here:
 * three services start for each); {@code -Dtelefonpolicy.replay.seed=S} for another fortnight. The first
 * interleaving is fixed (one partition: every record in one total order), the others random, their seeds printed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayInAnyOrderIT {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.sweden();
    /** Two ordinary weeks in October 2026, long decided. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);
    private static final List<RuleId> DECIDED_ON_EVENT_TIME = List.of(RuleId.CALLBACK_2WD, RuleId.DIVERSION_RETURN_TIME,
            RuleId.DIVERSION_STALE, RuleId.SERVICE_DESK_STAFFED);

    private final Fortnight fortnight = Fortnight.generate(Long.getLong("telefonpolicy.replay.seed", 20261005L), MONDAY,
            CALENDAR, Instant.now().minusSeconds(86_400));
    private final List<ReplayHarness.Outcome> outcomes = new ArrayList<>();

    Stream<Interleaving> interleavings() {
        int n = Integer.getInteger("telefonpolicy.replay.interleavings", 2);
        long base = System.nanoTime();
        return Stream.concat(Stream.of(new Interleaving(1L, 1, List.of(new Interleaving.Pause(0.5, "callback")))),
                LongStream.range(1, n).mapToObj(i -> Interleaving.random(base + 7919L * i)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interleavings")
    void anyDeliveryOrderGivesTheSameBreachesFiguresAndGapsAsTheReference(Interleaving interleaving) throws Exception {
        System.out.printf(Locale.ROOT, "REPLAY %s: %d events%n", interleaving, fortnight.events().size());
        long started = System.nanoTime();
        ReplayHarness.Outcome outcome = ReplayHarness.run(fortnight, interleaving, CALENDAR);
        Instant decidedBy = fortnight.end().minus(java.time.Duration.ofMinutes(2));

        List<Reference.Breach> expected = Reference.breaches(fortnight, CALENDAR, decidedBy);
        List<Reference.Breach> published = outcome.breaches().stream()
                .filter(b -> DECIDED_ON_EVENT_TIME.contains(b.ruleId()))
                .map(b -> new Reference.Breach(b.ruleId(), b.unitId(),
                        b.ruleId() == RuleId.SERVICE_DESK_STAFFED ? null : b.employeeId(), b.detectedAt()))
                .sorted(Comparator.comparing(Reference.Breach::detectedAt).thenComparing(Reference.Breach::rule)
                        .thenComparing(b -> String.valueOf(b.employeeId())))
                .toList();
        System.out.printf(Locale.ROOT, "REPLAY %s: %s breaches published, %s expected, in %.0f s%n", interleaving,
                byRule(published), byRule(expected), (System.nanoTime() - started) / 1e9);
        assertThat(outcome.breaches().stream().map(SlaBreached::breachId).distinct().count())
                .as("each breach once").isEqualTo(outcome.breaches().size());
        assertThat(published).as("the breaches published").containsExactlyElementsOf(expected);

        for (Map.Entry<LocalDate, JsonNode> day : outcome.gaps().entrySet()) {
            List<Reference.Gap> gaps = new ArrayList<>();
            day.getValue().forEach(g -> gaps.add(new Reference.Gap(Instant.parse(g.get("start").asText()),
                    Instant.parse(g.get("end").asText()), g.get("breach").asBoolean())));
            assertThat(gaps).as("the desk's gaps on %s", day.getKey())
                    .containsExactlyElementsOf(Reference.gaps(fortnight, CALENDAR, day.getKey()));
        }

        JsonNode unit = outcome.reports().get(Fortnight.UNIT).get("figures");
        Reference.Callbacks callbacks = Reference.callbacks(fortnight, CALENDAR);
        assertThat(unit.get("callbacksTotal").asInt()).isEqualTo(callbacks.total());
        assertThat(unit.get("callbacksOnTime").asInt()).isEqualTo(callbacks.onTime());
        assertThat(unit.get("callbacksLate").asInt()).isEqualTo(callbacks.late());
        assertThat(unit.get("callbacksStillOverdue").asInt()).isEqualTo(callbacks.stillOverdue());
        JsonNode desk = outcome.reports().get(Fortnight.DESK).get("figures");
        assertThat(desk.get("serviceDeskCoverageRatio").asDouble())
                .isCloseTo(Reference.coverageRatio(fortnight, CALENDAR), org.assertj.core.data.Offset.offset(0.001));

        // and every run publishes and reports exactly what the first did
        if (!outcomes.isEmpty()) {
            ReplayHarness.Outcome first = outcomes.get(0);
            assertThat(outcome.breaches()).as("the same SlaBreached records").isEqualTo(first.breaches());
            assertThat(outcome.gaps()).isEqualTo(first.gaps());
            assertThat(withoutAsOf(outcome.reports())).isEqualTo(withoutAsOf(first.reports()));
        }
        outcomes.add(outcome);
    }

    private static Map<RuleId, Long> byRule(List<Reference.Breach> breaches) {
        return breaches.stream().collect(Collectors.groupingBy(Reference.Breach::rule, TreeMap::new, Collectors.counting()));
    }

    /** The reports as JSON without the moment they were asked for. */
    private static Map<String, JsonNode> withoutAsOf(Map<String, JsonNode> reports) {
        Map<String, JsonNode> copy = new TreeMap<>();
        reports.forEach((unit, report) -> {
            ObjectNode r = report.deepCopy();
            r.remove("asOf");
            copy.put(unit, r);
        });
        return copy;
    }
}
