package se.telefonpolicy.deployment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough PromQL reading to find the metric names and label names an expression uses (there is
 * no PromQL parser for Java): string literals and Grafana variables are blanked first, so that
 * `{job=~"a|b"}` or `$__rate_interval` cannot look like names.
 */
final class PromQl {

    /** A vector selector: its metric name (null for `{__name__=...}`) and the labels it matches on. */
    record Selector(String metric, Set<String> labels) {
    }

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
    private static final Pattern GRAFANA_VARIABLE = Pattern.compile("\\$\\{\\w+(?::\\w+)?}|\\$\\w+|\\[\\[\\w+]]");
    private static final Pattern GROUPING =
            Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\(([^)]*)\\)");
    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)?\\s*\\{([^}]*)}");
    private static final Pattern MATCHER = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(?:=~|!~|!=|=)");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
    private static final Pattern TOKEN = Pattern.compile(
            "(?<number>\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?[smhdwy]?)|(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?<call>\\s*\\()?");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "inf", "nan",
            "group_left", "group_right");

    private PromQl() {
    }

    private static String blanked(String expr) {
        String s = STRING.matcher(expr).replaceAll("\"\"");
        return GRAFANA_VARIABLE.matcher(s).replaceAll("");
    }

    static List<Selector> selectors(String expr) {
        List<Selector> selectors = new ArrayList<>();
        Matcher m = SELECTOR.matcher(blanked(expr));
        while (m.find()) {
            Set<String> labels = new LinkedHashSet<>();
            MATCHER.matcher(m.group(2)).results().forEach(r -> labels.add(r.group(1)));
            selectors.add(new Selector(m.group(1), labels));
        }
        return selectors;
    }

    /** Every metric name the expression reads, with or without `{...}`. */
    static Set<String> metricNames(String expr) {
        String s = blanked(expr);
        s = GROUPING.matcher(s).replaceAll(" ");
        s = SELECTOR.matcher(s).replaceAll(" $1 ");
        s = RANGE.matcher(s).replaceAll(" ");
        Set<String> names = new LinkedHashSet<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            String name = m.group("name");
            if (name != null && m.group("call") == null && !KEYWORDS.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** Every label name the expression mentions: in matchers and in by/without/on/ignoring/group_x lists. */
    static Set<String> labelNames(String expr) {
        Set<String> labels = new LinkedHashSet<>();
        selectors(expr).forEach(sel -> labels.addAll(sel.labels()));
        Matcher m = GROUPING.matcher(blanked(expr));
        while (m.find()) {
            for (String label : m.group(2).split(",")) {
                if (!label.isBlank()) {
                    labels.add(label.trim());
                }
            }
        }
        return labels;
    }
}
