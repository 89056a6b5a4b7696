package se.telefonpolicy.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * deploy/grafana and deploy/prometheus as the checks read them: the metric contract
 * (deploy/prometheus/metrics.md), the dashboards (JSON, read with SnakeYAML: JSON is YAML) and the
 * alert rules.
 */
@SuppressWarnings("unchecked")
final class Monitoring {

    static final String CONTRACT = "deploy/prometheus/metrics.md";
    static final String DASHBOARDS = "deploy/grafana/dashboards";
    static final String ALERTS = "deploy/prometheus/alerts.yml";
    static final String ALERT_TESTS = "deploy/prometheus/alerts.test.yml";
    static final String PROMETHEUS = "deploy/prometheus/prometheus.yml";

    /** A row of the contract's table: name as scraped, type (gauge, counter, histogram), labels. */
    record Metric(String name, String type, Set<String> labels) {
    }

    /** A PromQL expression and where it was found, for messages. */
    record Expression(String where, String expr) {
    }

    private static final Pattern CONTRACT_ROW =
            Pattern.compile("^\\|\\s*(telefonpolicy_\\w+)\\s*\\|\\s*(\\w+)[^|]*\\|\\s*([^|]+?)\\s*\\|");
    private static final Pattern CONTRACT_JOBS = Pattern.compile("\\(jobs: ([^)]*)\\)");
    private static final Pattern LABEL_VALUES = Pattern.compile("^label_values\\((?:(.*),)?\\s*(\\w+)\\s*\\)$",
            Pattern.DOTALL);
    private static final Pattern QUERY_RESULT = Pattern.compile("^query_result\\((.*)\\)$", Pattern.DOTALL);

    private Monitoring() {
    }

    static Map<String, Metric> contract() {
        Map<String, Metric> metrics = new LinkedHashMap<>();
        for (String line : Repo.read(CONTRACT).split("\n")) {
            Matcher m = CONTRACT_ROW.matcher(line);
            if (m.find()) {
                Set<String> labels = Set.of(m.group(3).trim().split("\\s*,\\s*"));
                metrics.put(m.group(1), new Metric(m.group(1), m.group(2), labels));
            }
        }
        return metrics;
    }

    /** The scrape jobs the contract names for `up{job=...}`. */
    static List<String> contractJobs() {
        Matcher m = CONTRACT_JOBS.matcher(Repo.read(CONTRACT).replaceAll("\\s+", " "));
        if (!m.find()) {
            throw new IllegalStateException(CONTRACT + " names no jobs");
        }
        return List.of(m.group(1).trim().split("\\s*,\\s*"));
    }

    /**
     * Every series name a Prometheus query may use, with the labels it carries: the contract's names
     * (a histogram as _bucket/_sum/_count) and Prometheus' own `up`.
     */
    static Map<String, Set<String>> scrapedSeries() {
        Map<String, Set<String>> series = new LinkedHashMap<>();
        for (Metric metric : contract().values()) {
            if (metric.type().equals("histogram")) {
                series.put(metric.name() + "_bucket", union(metric.labels(), Set.of("le")));
                series.put(metric.name() + "_sum", metric.labels());
                series.put(metric.name() + "_count", metric.labels());
            } else {
                series.put(metric.name(), metric.labels());
            }
        }
        series.put("up", Set.of());
        return series;
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    static List<Path> dashboardFiles() {
        try (Stream<Path> files = Files.list(Repo.file(DASHBOARDS))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> dashboard(Path file) {
        return Repo.yamlDocuments(Repo.root().relativize(file).toString()).get(0);
    }

    /** Every panel, rows and the panels inside collapsed rows included. */
    static List<Map<String, Object>> panels(Map<String, Object> dashboard) {
        List<Map<String, Object>> all = new ArrayList<>();
        addPanels((List<Map<String, Object>>) dashboard.getOrDefault("panels", List.of()), all);
        return all;
    }

    private static void addPanels(List<Map<String, Object>> panels, List<Map<String, Object>> all) {
        for (Map<String, Object> panel : panels) {
            all.add(panel);
            addPanels((List<Map<String, Object>>) panel.getOrDefault("panels", List.of()), all);
        }
    }

    static List<Map<String, Object>> targets(Map<String, Object> panel) {
        return (List<Map<String, Object>>) panel.getOrDefault("targets", List.of());
    }

    static List<Map<String, Object>> variables(Map<String, Object> dashboard) {
        Map<String, Object> templating = (Map<String, Object>) dashboard.getOrDefault("templating", Map.of());
        return (List<Map<String, Object>>) templating.getOrDefault("list", List.of());
    }

    /** A query variable's query as Grafana stores it (a string, or an object with `query`). */
    static String variableQuery(Map<String, Object> variable) {
        Object query = variable.get("query");
        if (query instanceof Map<?, ?> map) {
            query = map.get("query");
        }
        return query == null ? "" : query.toString().trim();
    }

    /** The PromQL inside a variable query: label_values(expr, label) or query_result(expr). */
    static String variableExpression(String query) {
        Matcher m = LABEL_VALUES.matcher(query);
        if (m.matches()) {
            return m.group(1) == null ? "" : m.group(1);
        }
        m = QUERY_RESULT.matcher(query);
        if (m.matches()) {
            return m.group(1);
        }
        throw new IllegalArgumentException("not a label_values or query_result variable query: " + query);
    }

    /** The label a label_values(...) variable reads, or null. */
    static String variableLabel(String query) {
        Matcher m = LABEL_VALUES.matcher(query);
        return m.matches() ? m.group(2) : null;
    }

    static List<Map<String, Object>> alertRules() {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) Repo.yamlDocuments(ALERTS).get(0).get("groups")) {
            rules.addAll((List<Map<String, Object>>) group.get("rules"));
        }
        return rules;
    }

    /** Every PromQL expression in the dashboards (targets and variable queries) and the alert rules. */
    static List<Expression> allExpressions() {
        List<Expression> expressions = new ArrayList<>();
        for (Path file : dashboardFiles()) {
            Map<String, Object> dashboard = dashboard(file);
            String name = file.getFileName().toString();
            for (Map<String, Object> panel : panels(dashboard)) {
                for (Map<String, Object> target : targets(panel)) {
                    expressions.add(new Expression(name + " / " + panel.get("title") + " / " + target.get("refId"),
                            String.valueOf(target.get("expr"))));
                }
            }
            for (Map<String, Object> variable : variables(dashboard)) {
                if ("query".equals(variable.get("type"))) {
                    expressions.add(new Expression(name + " / $" + variable.get("name"),
                            variableExpression(variableQuery(variable))));
                }
            }
        }
        for (Map<String, Object> rule : alertRules()) {
            expressions.add(new Expression(ALERTS + " / " + rule.get("alert"), String.valueOf(rule.get("expr"))));
        }
        return expressions;
    }
}
