package se.telefonpolicy.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.TopicSpec;

/** docker-compose.yml against the code (`docker-compose config` itself is in docs/operations.md). */
class ComposeFileTest {

    @SuppressWarnings("unchecked")
    private final Map<String, Map<String, Object>> services =
            (Map<String, Map<String, Object>>) Repo.yamlDocuments("docker-compose.yml").get(0).get("services");

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceGetsEveryVariableItNeeds() {
        for (String service : Repo.SERVICES) {
            assertThat(services).containsKey(service);
            Map<String, Object> env = (Map<String, Object>) services.get(service).get("environment");
            assertThat(env.keySet()).as(service + " environment").containsAll(Repo.requiredVariables(service));
            assertThat(String.valueOf(env.get("TELEFONPOLICY_DB_URL")))
                    .as("each service has its own database").endsWith("/telefonpolicy_" + service.replaceAll("-(service|connector)$", ""));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void servicesStartAfterKafkaTopicsAndPostgresAndAreBuiltFromTheirOwnJars() {
        for (String service : Repo.SERVICES) {
            Map<String, Object> definition = services.get(service);
            Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) definition.get("depends_on");
            assertThat(dependsOn.get("postgres")).containsEntry("condition", "service_healthy");
            assertThat(dependsOn.get("kafka-topics")).containsEntry("condition", "service_completed_successfully");
            Map<String, Object> build = (Map<String, Object>) definition.get("build");
            assertThat(build.get("dockerfile")).isEqualTo("deploy/docker/Dockerfile.jvm");
            assertThat((Map<String, String>) build.get("args")).containsEntry("SERVICE", service);
            assertThat(definition).containsKey("healthcheck");
        }
        Map<String, Map<String, String>> topicsDependsOn =
                (Map<String, Map<String, String>>) services.get("kafka-topics").get("depends_on");
        assertThat(topicsDependsOn.get("kafka")).containsEntry("condition", "service_healthy");
    }

    /** The exception to the two checks above, by name: staff-web has no database and no Kafka. */
    @Test
    @SuppressWarnings("unchecked")
    void staffWebCallsTheFourServicesAndLogsInAtTheProviderTheyTrust() {
        Map<String, Object> definition = services.get(Repo.STAFF_WEB);
        assertThat(definition).as(Repo.STAFF_WEB).isNotNull().containsKey("healthcheck");
        Map<String, Object> env = (Map<String, Object>) definition.get("environment");
        assertThat(env.keySet()).containsAll(Repo.requiredVariables(Repo.STAFF_WEB))
                .doesNotContainAnyElementsOf(Repo.CONNECTION_VARIABLES);
        for (String service : Repo.STAFF_WEB_CALLS) {
            String variable = "TELEFONPOLICY_" + service.replace("-service", "").toUpperCase() + "_URL";
            assertThat(env).containsEntry(variable, "http://" + service + ":8080");
        }
        // one provider: the services' issuer is the one staff-web logs in at
        Map<String, Object> serviceEnv = (Map<String, Object>) services.get("callback-service").get("environment");
        assertThat(env.get("TELEFONPOLICY_OIDC_ISSUER")).isEqualTo(serviceEnv.get("TELEFONPOLICY_JWT_ISSUER"));
        for (String secret : List.of("TELEFONPOLICY_OIDC_CLIENT_ID", "TELEFONPOLICY_OIDC_CLIENT_SECRET",
                "TELEFONPOLICY_OIDC_SESSION_SECRET")) {
            assertThat(String.valueOf(env.get(secret))).as(secret).startsWith("${" + secret + ":?");
        }
        Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) definition.get("depends_on");
        assertThat(dependsOn).containsOnlyKeys(Repo.STAFF_WEB_CALLS);
        Map<String, Object> build = (Map<String, Object>) definition.get("build");
        assertThat(build.get("dockerfile")).isEqualTo("deploy/docker/Dockerfile.jvm");
        assertThat((Map<String, String>) build.get("args")).containsEntry("SERVICE", Repo.STAFF_WEB);
        assertThat((List<String>) definition.get("ports")).containsExactly("8086:8080");
        assertThat(definition).doesNotContainKey("secrets");
    }

    @Test
    void theTopicScriptCreatesTheWholeCatalogue() {
        Pattern create = Pattern.compile("^create\\s+(\\S+)\\s+(\\d+)\\s+(\\S+)$");
        Map<String, TopicSpec> scripted = new LinkedHashMap<>();
        for (String line : Repo.read("deploy/kafka/create-topics.sh").split("\n")) {
            var m = create.matcher(line.trim());
            if (m.matches()) {
                Map<String, String> configs = java.util.Arrays.stream(m.group(3).split(","))
                        .map(kv -> kv.split("=", 2)).collect(Collectors.toMap(kv -> kv[0], kv -> kv[1]));
                scripted.put(m.group(1), new TopicSpec(m.group(1), Integer.parseInt(m.group(2)), configs));
            }
        }
        assertThat(scripted.values()).containsExactlyInAnyOrderElementsOf(Topic.allSpecs());
    }

    @Test
    void noSecretIsWrittenInTheFileAndEveryVariableIsInTheExample() throws Exception {
        String compose = Repo.read("docker-compose.yml");
        Set<String> used = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)").matcher(compose).results()
                .map(r -> r.group(1)).collect(Collectors.toSet());
        Set<String> example = Repo.read(".env.example").lines().filter(l -> l.matches("^[A-Z][A-Z0-9_]*=.*"))
                .map(l -> l.substring(0, l.indexOf('='))).collect(Collectors.toSet());
        assertThat(example).containsAll(used);
        // passwords come only from variables
        for (String line : compose.split("\n")) {
            if (line.matches("\\s*[A-Z_]*PASSWORD[A-Z_]*:.*")) {
                assertThat(line).contains("${");
            }
        }
        assertThat(Files.exists(Repo.file("deploy/postgres/init-databases.sh"))).isTrue();
        assertThat(List.of(Repo.read("deploy/postgres/init-databases.sh")).get(0))
                .contains("directory availability callback compliance");
    }
}
