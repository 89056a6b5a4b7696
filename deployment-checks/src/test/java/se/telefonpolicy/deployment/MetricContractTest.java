package se.telefonpolicy.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The dashboards and alert rules use only what compliance-service promises in
 * deploy/prometheus/metrics.md (the same file its engineer checks the code against).
 */
class MetricContractTest {

    private final Map<String, Set<String>> series = Monitoring.scrapedSeries();

    @Test
    void theContractIsReadAsTheTableSaysAndNamesTheJobs() {
        Map<String, Monitoring.Metric> contract = Monitoring.contract();
        // every row of the tables is read (a row missing its type or labels would be skipped)
        long rows = Repo.read(Monitoring.CONTRACT).lines().filter(l -> l.startsWith("| telefonpolicy_")).count();
        assertThat(contract).hasSize((int) rows).hasSizeGreaterThanOrEqualTo(17);
        assertThat(contract.get("telefonpolicy_watermark_delay_seconds")).isEqualTo(
                new Monitoring.Metric("telefonpolicy_watermark_delay_seconds", "gauge", Set.of("service")));
        assertThat(contract.get("telefonpolicy_breaches_total"))
                .isEqualTo(new Monitoring.Metric("telefonpolicy_breaches_total", "counter", Set.of("rule", "unit")));
        assertThat(contract.get("telefonpolicy_unit_info").labels()).containsExactlyInAnyOrder("unit", "unit_name",
                "parent_unit");
        assertThat(series).containsKeys("telefonpolicy_callback_time_working_hours_bucket", "up")
                .doesNotContainKey("telefonpolicy_callback_time_working_hours");
        assertThat(Monitoring.contractJobs()).containsExactly("directory-service", "availability-service",
                "callback-service", "compliance-service", "pbx-connector");
    }

    @Test
    void everyMetricNameInTheDashboardsAndAlertRulesIsInTheContract() {
        var expressions = Monitoring.allExpressions();
        assertThat(expressions).hasSizeGreaterThan(50);
        for (Monitoring.Expression e : expressions) {
            assertThat(PromQl.metricNames(e.expr())).as(e.where() + ": " + e.expr())
                    .isNotEmpty()
                    .allSatisfy(name -> assertThat(series).as(e.where() + " uses " + name).containsKey(name));
        }
    }

    @Test
    void everySelectorMatchesOnlyLabelsItsMetricHas() {
        Set<String> prometheusLabels = Set.of("job", "instance");
        for (Monitoring.Expression e : Monitoring.allExpressions()) {
            for (PromQl.Selector selector : PromQl.selectors(e.expr())) {
                assertThat(selector.metric()).as(e.where() + ": a selector without a metric name").isNotNull();
                Set<String> allowed = Monitoring.union(series.getOrDefault(selector.metric(), Set.of()), prometheusLabels);
                assertThat(selector.labels()).as(e.where() + ": labels of " + selector.metric()).isSubsetOf(allowed);
            }
        }
    }

    @Test
    void everyLabelUsedInGroupingsIsOneTheContractOrPrometheusGives() {
        Set<String> known = new HashSet<>(Set.of("job", "instance"));
        series.values().forEach(known::addAll);
        for (Monitoring.Expression e : Monitoring.allExpressions()) {
            assertThat(PromQl.labelNames(e.expr())).as(e.where() + ": " + e.expr()).isSubsetOf(known);
        }
    }

    @Test
    void theDashboardsShowEveryMetricOfTheContract() {
        Set<String> used = new HashSet<>();
        Monitoring.allExpressions().stream().filter(e -> !e.where().startsWith(Monitoring.ALERTS))
                .forEach(e -> used.addAll(PromQl.metricNames(e.expr())));
        for (Monitoring.Metric metric : Monitoring.contract().values()) {
            String scraped = metric.type().equals("histogram") ? metric.name() + "_bucket" : metric.name();
            assertThat(used).as("a dashboard shows " + metric.name()).contains(scraped);
        }
    }

    @Test
    void theReaderFindsNamesAndLabelsButNotStringsVariablesOrFunctions() {
        String expr = "sum by (le, rule) (increase(telefonpolicy_x_bucket{unit=\"$unit\", job=~\"a|b_c\"}[$__range]))"
                + " / on (unit) group_left (unit_name) max by (unit, unit_name) (info_metric) > bool 0.9"
                + " or vector(1) * other_metric offset 5m";
        assertThat(PromQl.metricNames(expr)).containsExactly("telefonpolicy_x_bucket", "info_metric", "other_metric");
        assertThat(PromQl.labelNames(expr)).containsExactlyInAnyOrder("unit", "job", "le", "rule", "unit_name");
        assertThat(PromQl.selectors(expr)).containsExactly(
                new PromQl.Selector("telefonpolicy_x_bucket", Set.of("unit", "job")));
        assertThat(PromQl.metricNames("up{job=~\"x|y\"} == 0")).containsExactly("up");
    }
}
