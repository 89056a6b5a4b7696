package se.telefonpolicy.compliance.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.directory.OpeningHours;
import se.telefonpolicy.contracts.directory.ServiceDesk;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.testsupport.KafkaTestClient;

/**
 * The metric contract with deploy/grafana and deploy/prometheus (/tmp/brief/metrics.md, README): every
 * series of a newly known unit exists at 0 under the agreed name and labels; DLQ sizes per topic.
 */
@QuarkusTest
class MetricsContractTest {

    @Inject
    MetricsRefresher gauges;
    @Inject
    DeadLetterSizes deadLetters;

    @Test
    void aNewUnitHasEverySeriesAtZero() {
        ServiceDesk desk = new ServiceDesk(Arrays.stream(DayOfWeek.values()).limit(5)
                .map(d -> new OpeningHours(d, LocalTime.of(8, 0), LocalTime.of(16, 0))).toList(), List.of(), 1);
        KafkaTestClient.sendEvent(new UnitSnapshot("mc-desk", "Växeln", "mc-top", "mc-chef", null, null, true, desk, false,
                Instant.parse("2026-11-01T08:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).until(() -> metrics().contains("unit=\"mc-desk\""));
        gauges.refresh();
        String text = metrics();
        assertThat(text)
                .contains("telefonpolicy_unit_info{parent_unit=\"mc-top\",unit=\"mc-desk\",unit_name=\"Växeln\"} 1.0")
                .contains("telefonpolicy_callbacks_open{unit=\"mc-desk\"} 0.0")
                .contains("telefonpolicy_callbacks_overdue{unit=\"mc-desk\"} 0.0")
                .contains("telefonpolicy_callbacks_due_soon{unit=\"mc-desk\"} 0.0")
                .contains("telefonpolicy_calls_offered_total{unit=\"mc-desk\"} 0.0")
                .contains("telefonpolicy_calls_answered_total{unit=\"mc-desk\"} 0.0")
                .contains("telefonpolicy_calls_missed_total{unit=\"mc-desk\"} 0.0")
                .contains("telefonpolicy_calls_bounced_total{unit=\"mc-desk\"} 0.0")
                .contains("telefonpolicy_call_legs_offered_total{unit=\"mc-desk\"} 0.0")
                .contains("telefonpolicy_call_legs_answered_total{unit=\"mc-desk\"} 0.0")
                .contains("telefonpolicy_call_legs_missed_total{unit=\"mc-desk\"} 0.0")
                .contains("telefonpolicy_service_desk_unstaffed{unit=\"mc-desk\"} 0.0")
                .contains("telefonpolicy_service_desk_coverage_ratio{unit=\"mc-desk\"}")
                .contains("telefonpolicy_diversions_without_return_time{unit=\"mc-desk\"} 0.0")
                .contains("telefonpolicy_diversions_stale{unit=\"mc-desk\"} 0.0");
        for (String rule : List.of("CALLBACK_2WD", "PROMISE_KEPT", "DIVERSION_RETURN_TIME", "DIVERSION_STALE",
                "SERVICE_DESK_STAFFED", "VOICEMAIL_ENABLED", "GREETING_RECORDED", "DIRECTORY_CORRECT")) {
            assertThat(text).contains("telefonpolicy_breaches_total{rule=\"" + rule + "\",unit=\"mc-desk\"} 0.0");
        }
        for (String rule : List.of("VOICEMAIL_ENABLED", "GREETING_RECORDED", "DIRECTORY_CORRECT")) {
            assertThat(text).contains("telefonpolicy_directory_problems{rule=\"" + rule + "\",unit=\"mc-desk\"} 0.0");
        }
        for (String le : List.of("1.0", "2.0", "4.0", "8.0", "16.0", "24.0", "48.0", "+Inf")) {
            assertThat(text).contains("telefonpolicy_callback_time_working_hours_bucket{rule=\"CALLBACK_2WD\",unit=\"mc-desk\",le=\""
                    + le + "\"} 0");
        }
        assertThat(text).contains("telefonpolicy_callback_time_working_hours_count{rule=\"PROMISE_KEPT\",unit=\"mc-desk\"} 0");

        // a renamed unit keeps one info series, under its new name
        KafkaTestClient.sendEvent(new UnitSnapshot("mc-desk", "Kontaktcenter", "mc-top", "mc-chef", null, null, true, desk, false,
                Instant.parse("2026-11-02T08:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).until(() -> metrics().contains("unit_name=\"Kontaktcenter\""));
        assertThat(metrics()).doesNotContain("unit_name=\"Växeln\"");
    }

    @Test
    void deadLetterTopicsAreCounted() throws Exception {
        assertThat(deadLetters.refresh()).containsKeys(Arrays.stream(Topic.values()).map(Topic::dlqName).toArray(String[]::new));
        long before = deadLetters.refresh().get("availability.coverage.v1.dlq");
        // a record that is no CloudEvent at all
        KafkaTestClient.send(Topic.AVAILABILITY_COVERAGE.topicName(), "mc-desk", "{inte json",
                Map.of(EventEnvelope.HEADER_SPEC_VERSION, "1.0"));
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.refresh().get("availability.coverage.v1.dlq") == before + 1);
        assertThat(metrics()).contains("telefonpolicy_dlq_records{topic=\"availability.coverage.v1.dlq\"} " + (before + 1) + ".0")
                .contains("telefonpolicy_dlq_records{topic=\"pbx.calls.v1.dlq\"}");
    }

    /** The contract file deploy/grafana and deploy/prometheus are checked against, read as they read it. */
    @Test
    void everyScrapedSeriesIsInTheContractFileWithExactlyItsLabels() throws Exception {
        ServiceDesk desk = new ServiceDesk(Arrays.stream(DayOfWeek.values()).limit(5)
                .map(d -> new OpeningHours(d, LocalTime.of(8, 0), LocalTime.of(16, 0))).toList(), List.of(), 1);
        KafkaTestClient.sendEvent(new UnitSnapshot("mk-desk", "Medborgarservice", null, null, null, null, true, desk, false,
                Instant.parse("2026-11-01T08:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).until(() -> metrics().contains("unit=\"mk-desk\""));
        // platform's watermark delay, registered by the first heartbeat round (every 5 s)
        await().atMost(Duration.ofSeconds(30)).until(() -> metrics().contains("telefonpolicy_watermark_delay_seconds{"));
        gauges.refresh();
        deadLetters.refresh();

        Map<String, Set<String>> contract = new HashMap<>();
        Pattern row = Pattern.compile("^\\|\\s*(telefonpolicy_\\w+)\\s*\\|\\s*([\\w=]+)\\s*\\|([^|]+)\\|");
        for (String line : Files.readAllLines(Path.of("../deploy/prometheus/metrics.md"))) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                Set<String> labels = Set.of(m.group(3).trim().split("\\s*,\\s*"));
                if (m.group(2).equals("histogram")) {
                    contract.put(m.group(1) + "_bucket", union(labels, Set.of("le")));
                    contract.put(m.group(1) + "_sum", labels);
                    contract.put(m.group(1) + "_count", labels);
                    // Micrometer adds the largest value seen; no dashboard needs it, none is hurt by it
                    contract.put(m.group(1) + "_max", labels);
                } else {
                    contract.put(m.group(1), labels);
                }
            }
        }
        // compliance's 18 series, the histogram's four, and platform's watermark delay and channel failures (served by
        // every service that consumes)
        assertThat(contract).hasSize(18 + 4 + 2).containsKeys("telefonpolicy_call_legs_offered_total",
                "telefonpolicy_watermark_delay_seconds", "telefonpolicy_channel_failures_total");

        Map<String, Set<Set<String>>> scraped = new HashMap<>();
        Pattern sample = Pattern.compile("^(telefonpolicy_\\w+)\\{([^}]*)\\}");
        Pattern label = Pattern.compile("(\\w+)=\"");
        for (String line : metrics().split("\n")) {
            Matcher m = sample.matcher(line);
            if (m.find()) {
                Set<String> names = new HashSet<>();
                Matcher l = label.matcher(m.group(2));
                while (l.find()) {
                    names.add(l.group(1));
                }
                scraped.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(names);
            }
        }
        assertThat(contract.keySet()).as("every contract series is served").allSatisfy(name -> assertThat(scraped).containsKey(name));
        scraped.forEach((name, labelSets) -> {
            assertThat(contract).as("a series outside the contract").containsKey(name);
            assertThat(labelSets).as("labels of " + name).containsOnly(contract.get(name));
        });
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
