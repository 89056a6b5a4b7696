package se.telefonpolicy.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** deploy/grafana: the dashboards are complete, in Swedish and provisioned where docker-compose puts them. */
@SuppressWarnings("unchecked")
class DashboardFilesTest {

    private static final String OVERVIEW = "telefonpolicy-kommun";
    private static final String UNIT = "telefonpolicy-enhet";
    /** English words a translated-by-halves title would show. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(?i:the|open|overdue|breach(es)?|calls?|rate|coverage|units?|service|callbacks?|total|time|directory|"
                    + "problems?|diversions?|answered|missed|offered|now|today|hour|over)\\b");
    private static final Pattern SWEDISH_LETTER = Pattern.compile("[åäöÅÄÖ]");

    private final Map<String, Map<String, Object>> byUid = new java.util.LinkedHashMap<>();

    DashboardFilesTest() {
        for (Path file : Monitoring.dashboardFiles()) {
            Map<String, Object> dashboard = Monitoring.dashboard(file);
            assertThat(byUid.put((String) dashboard.get("uid"), dashboard)).as("uid unique: " + file).isNull();
        }
    }

    @Test
    void thereIsAMunicipalityOverviewAndAUnitDrillDown() {
        assertThat(byUid).containsOnlyKeys(OVERVIEW, UNIT);
        assertThat(byUid.get(OVERVIEW).get("title")).isEqualTo("Kommunöversikt");
        assertThat(byUid.get(UNIT).get("title")).isEqualTo("Enhet");
    }

    @Test
    void everyPanelHasASwedishTitleAndEveryDashboardQueriesTheProvisionedDatasource() {
        Map<String, Object> datasource = ((List<Map<String, Object>>) Repo
                .yamlDocuments("deploy/grafana/provisioning/datasources/prometheus.yml").get(0).get("datasources")).get(0);
        Map<String, Object> expected = Map.of("type", datasource.get("type"), "uid", datasource.get("uid"));
        for (Map<String, Object> dashboard : byUid.values()) {
            String name = (String) dashboard.get("title");
            assertThat(name).isNotBlank();
            List<Map<String, Object>> panels = Monitoring.panels(dashboard);
            assertThat(panels).as(name).hasSizeGreaterThan(10);
            Set<Object> ids = new HashSet<>();
            boolean swedishLetters = false;
            for (Map<String, Object> panel : panels) {
                String title = (String) panel.get("title");
                assertThat(title).as(name + " panel " + panel.get("id")).isNotBlank().doesNotContainPattern(ENGLISH);
                swedishLetters |= SWEDISH_LETTER.matcher(title).find();
                assertThat(ids.add(panel.get("id"))).as(name + ": panel id unique " + panel.get("id")).isTrue();
                assertThat(panel).as(name + " / " + title).containsKey("gridPos");
                if (panel.get("type").equals("row")) {
                    continue;
                }
                assertThat(panel.get("datasource")).as(name + " / " + title).isEqualTo(expected);
                assertThat(Monitoring.targets(panel)).as(name + " / " + title).isNotEmpty().allSatisfy(target -> {
                    assertThat(target.get("datasource")).isEqualTo(expected);
                    assertThat((String) target.get("expr")).isNotBlank();
                });
            }
            assertThat(swedishLetters).as(name + " has titles with å, ä or ö").isTrue();
        }
    }

    @Test
    void theUnitDashboardHasAUnitVariableFromUnitInfoAndEveryQueryUsesIt() {
        Map<String, Object> dashboard = byUid.get(UNIT);
        List<Map<String, Object>> variables = Monitoring.variables(dashboard);
        Map<String, Object> unit = variables.stream().filter(v -> "unit".equals(v.get("name"))).findFirst().orElseThrow();
        assertThat(unit.get("type")).isEqualTo("query");
        assertThat(unit.get("datasource")).isEqualTo(Map.of("type", "prometheus", "uid", "prometheus"));
        String query = Monitoring.variableQuery(unit);
        assertThat(PromQl.metricNames(Monitoring.variableExpression(query))).containsExactly("telefonpolicy_unit_info");
        // query_result with named groups: the unit id is the value, unit_name the text shown
        String regex = (String) unit.get("regex");
        assertThat(regex).contains("(?<value>").contains("(?<text>");
        String grafanaText = "{unit=\"u-bygglov\",unit_name=\"Bygglov\"} 1 1764331200000";
        var m = Pattern.compile(regex.substring(1, regex.lastIndexOf('/'))).matcher(grafanaText);
        assertThat(m.find()).isTrue();
        assertThat(m.group("value")).isEqualTo("u-bygglov");
        assertThat(m.group("text")).isEqualTo("Bygglov");

        for (Map<String, Object> panel : Monitoring.panels(dashboard)) {
            for (Map<String, Object> target : Monitoring.targets(panel)) {
                assertThat((String) target.get("expr")).as(panel.get("title") + " filters on the unit").contains("\"$unit\"");
            }
        }
    }

    @Test
    void linksToADashboardNameOneThatExists() {
        Pattern link = Pattern.compile("/d/([\\w-]+)/");
        int links = 0;
        for (Map<String, Object> dashboard : byUid.values()) {
            var m = link.matcher(new org.yaml.snakeyaml.Yaml().dump(dashboard));
            while (m.find()) {
                links++;
                assertThat(byUid).containsKey(m.group(1));
            }
        }
        assertThat(links).as("the overview links units to the drill-down").isGreaterThan(3);
    }

    @Test
    void grafanaFindsTheDashboardsWhereDockerComposeMountsThem() {
        Map<String, Object> provider = ((List<Map<String, Object>>) Repo
                .yamlDocuments("deploy/grafana/provisioning/dashboards/telefonpolicy.yml").get(0).get("providers")).get(0);
        String path = (String) ((Map<String, Object>) provider.get("options")).get("path");
        Map<String, Object> grafana = ((Map<String, Map<String, Object>>) Repo.yamlDocuments("docker-compose.yml").get(0)
                .get("services")).get("grafana");
        assertThat((List<String>) grafana.get("volumes")).contains("./" + Monitoring.DASHBOARDS + ":" + path + ":ro");
    }
}
