package se.telefonpolicy.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * deploy/prometheus: the alerts issue 8 asks for, in Swedish, each with a promtool test that sees it
 * fire and stay quiet; the scrape config has the contract's jobs and loads the rules. (promtool
 * itself runs in deploy/prometheus/check-rules.sh.)
 */
@SuppressWarnings("unchecked")
class AlertRulesFileTest {

    private static final Pattern SWEDISH_LETTER = Pattern.compile("[åäöÅÄÖ]");
    private final List<Map<String, Object>> rules = Monitoring.alertRules();

    private Map<String, Object> rule(String name) {
        return rules.stream().filter(r -> name.equals(r.get("alert"))).findFirst().orElseThrow();
    }

    @Test
    void theAlertsExistWithSeverityAndSwedishText() {
        assertThat(rules).extracting(r -> r.get("alert")).containsExactlyInAnyOrder("CallbackDueSoon",
                "CallbackOverdue", "ServiceDeskUnstaffed", "DeadLetterQueueGrowing", "ServiceDown", "ConsumerStopped", "WatermarkBehind");
        for (Map<String, Object> rule : rules) {
            String name = (String) rule.get("alert");
            assertThat(((Map<String, String>) rule.get("labels")).get("severity")).as(name).isIn("warning", "critical");
            Map<String, String> annotations = (Map<String, String>) rule.get("annotations");
            assertThat(annotations.get("summary")).as(name).isNotBlank().containsPattern(SWEDISH_LETTER);
            assertThat(annotations.get("description")).as(name).isNotBlank().containsPattern(SWEDISH_LETTER);
        }
        assertThat((String) rule("CallbackDueSoon").get("expr")).contains("telefonpolicy_callbacks_due_soon");
        assertThat((String) rule("CallbackOverdue").get("expr")).contains("telefonpolicy_callbacks_overdue");
        assertThat((String) rule("DeadLetterQueueGrowing").get("expr")).contains("telefonpolicy_dlq_records[15m]");
    }

    @Test
    void anUnstaffedServiceDeskWaitsFiveMinutesAndADownServiceTwo() {
        assertThat(rule("ServiceDeskUnstaffed").get("for")).isEqualTo("5m");
        assertThat((String) rule("ServiceDeskUnstaffed").get("expr")).contains("telefonpolicy_service_desk_unstaffed");
        assertThat(rule("ServiceDown").get("for")).isEqualTo("2m");
    }

    @Test
    void aWatermarkMoreThanFiveMinutesBehindAlertsAfterFiveMinutesInWorkingHoursOnly() {
        String expr = (String) rule("WatermarkBehind").get("expr");
        assertThat(rule("WatermarkBehind").get("for")).isEqualTo("5m");
        assertThat(expr).contains("max by (service) (telefonpolicy_watermark_delay_seconds) > 300")
                .contains("day_of_week() >= 1", "day_of_week() <= 5", "hour() >= 5", "hour() < 16");
    }

    @Test
    void everyAlertIsTestedFiringAndNotFiring() {
        Map<String, Object> tests = Repo.yamlDocuments(Monitoring.ALERT_TESTS).get(0);
        assertThat((List<String>) tests.get("rule_files")).containsExactly("alerts.yml");
        Set<String> fires = new HashSet<>();
        Set<String> staysQuiet = new HashSet<>();
        for (Map<String, Object> test : (List<Map<String, Object>>) tests.get("tests")) {
            for (Map<String, Object> check : (List<Map<String, Object>>) test.get("alert_rule_test")) {
                List<Object> expected = (List<Object>) check.get("exp_alerts");
                (expected == null || expected.isEmpty() ? staysQuiet : fires).add((String) check.get("alertname"));
            }
        }
        Set<String> names = rules.stream().map(r -> (String) r.get("alert")).collect(Collectors.toSet());
        assertThat(fires).as("tested firing").isEqualTo(names);
        assertThat(staysQuiet).as("tested not firing").isEqualTo(names);
    }

    @Test
    void prometheusScrapesTheContractsJobsAndLoadsTheRules() {
        Map<String, Object> config = Repo.yamlDocuments(Monitoring.PROMETHEUS).get(0);
        assertThat((List<String>) config.get("rule_files")).containsExactly("alerts.yml");
        List<Map<String, Object>> scrapes = (List<Map<String, Object>>) config.get("scrape_configs");
        List<String> jobs = Monitoring.contractJobs();
        assertThat(scrapes).extracting(s -> s.get("job_name")).containsExactlyInAnyOrderElementsOf(jobs);
        for (Map<String, Object> scrape : scrapes) {
            assertThat(scrape.get("metrics_path")).isEqualTo("/q/metrics");
            List<Map<String, List<String>>> statics = (List<Map<String, List<String>>>) scrape.get("static_configs");
            assertThat(statics.get(0).get("targets")).containsExactly(scrape.get("job_name") + ":8080");
        }
        assertThat((String) rule("ServiceDown").get("expr")).contains("job=~\"" + String.join("|", jobs) + "\"");
    }
}
