package se.telefonpolicy.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.TopicSpec;

/**
 * deploy/k8s against the code; `kubectl kustomize` is not available here, so the YAML is parsed and
 * every file the kustomizations name must exist and parse.
 */
@SuppressWarnings("unchecked")
class KubernetesManifestsTest {

    private static final String BASE = "deploy/k8s/base/";

    private List<Map<String, Object>> baseResources() {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object file : (List<Object>) Repo.yamlDocuments(BASE + "kustomization.yaml").get(0).get("resources")) {
            docs.addAll(Repo.yamlDocuments(BASE + file));
        }
        return docs;
    }

    private List<Map<String, Object>> ofKind(String kind) {
        return baseResources().stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    @Test
    void everyKafkaTopicMatchesTheCatalogue() {
        List<TopicSpec> declared = ofKind("KafkaTopic").stream().map(doc -> {
            Map<String, Object> spec = (Map<String, Object>) doc.get("spec");
            Map<String, String> configs = ((Map<String, Object>) spec.get("config")).entrySet().stream()
                    .filter(e -> !e.getKey().equals("min.insync.replicas"))
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
            assertThat(((Map<String, String>) doc.get("metadata")).get("name"))
                    .isEqualTo(((String) spec.get("topicName")).replace('.', '-'));
            return new TopicSpec((String) spec.get("topicName"), (Integer) spec.get("partitions"), configs);
        }).toList();
        assertThat(declared).containsExactlyInAnyOrderElementsOf(Topic.allSpecs());
    }

    @Test
    void everyDeploymentHasProbesResourceRequestsAndItsVariables() {
        List<Map<String, Object>> deployments = ofKind("Deployment");
        assertThat(deployments).extracting(d -> ((Map<String, Object>) d.get("metadata")).get("name"))
                .containsExactlyInAnyOrderElementsOf(Repo.APPLICATIONS);
        Map<String, Object> config = (Map<String, Object>) ofKind("ConfigMap").get(0).get("data");
        for (Map<String, Object> deployment : deployments) {
            String name = (String) ((Map<String, Object>) deployment.get("metadata")).get("name");
            Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) deployment
                    .get("spec")).get("template")).get("spec");
            Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).get(0);
            assertThat(path(container, "readinessProbe")).isEqualTo("/q/health/ready");
            assertThat(path(container, "livenessProbe")).isEqualTo("/q/health/live");
            Map<String, Object> requests = (Map<String, Object>) ((Map<String, Object>) container.get("resources")).get("requests");
            assertThat(requests).containsKeys("cpu", "memory");
            List<String> variables = new ArrayList<>();
            if (container.containsKey("envFrom")) {
                variables.addAll(config.keySet());
            }
            List<Map<String, Object>> env = (List<Map<String, Object>>) container.get("env");
            env.forEach(e -> variables.add((String) e.get("name")));
            assertThat(variables).as(name).containsAll(Repo.requiredVariables(name));
            for (Map<String, Object> e : env) {
                Map<String, Map<String, String>> from = (Map<String, Map<String, String>>) e.get("valueFrom");
                if (from != null && from.containsKey("configMapKeyRef")) {
                    assertThat(config).as(name + " " + e.get("name")).containsKey(from.get("configMapKeyRef").get("key"));
                }
            }
        }
    }

    /** The exception by name: staff-web has no database and no Kafka, and logs in at the services' issuer. */
    @Test
    void staffWebHasNoDatabaseNorKafkaAndUsesTheServicesIssuer() {
        Map<String, Object> deployment = ofKind("Deployment").stream()
                .filter(d -> Repo.STAFF_WEB.equals(((Map<String, Object>) d.get("metadata")).get("name"))).findFirst()
                .orElseThrow();
        Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) deployment
                .get("spec")).get("template")).get("spec");
        Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).get(0);
        assertThat(container).doesNotContainKey("envFrom");
        Map<String, Map<String, Object>> env = ((List<Map<String, Object>>) container.get("env")).stream()
                .collect(Collectors.toMap(e -> (String) e.get("name"), e -> e));
        assertThat(env.keySet()).doesNotContainAnyElementsOf(Repo.CONNECTION_VARIABLES);
        assertThat(env.get("TELEFONPOLICY_OIDC_ISSUER").get("valueFrom"))
                .isEqualTo(Map.of("configMapKeyRef", Map.of("name", "telefonpolicy-config", "key", "TELEFONPOLICY_JWT_ISSUER")));
        for (String secret : List.of("TELEFONPOLICY_OIDC_CLIENT_SECRET", "TELEFONPOLICY_OIDC_SESSION_SECRET")) {
            Map<String, Map<String, String>> from = (Map<String, Map<String, String>>) env.get(secret).get("valueFrom");
            assertThat(from.get("secretKeyRef")).as(secret).containsEntry("name", "telefonpolicy-staff-web");
        }
        for (String service : Repo.STAFF_WEB_CALLS) {
            String variable = "TELEFONPOLICY_" + service.replace("-service", "").toUpperCase() + "_URL";
            assertThat(env.get(variable)).as(variable).containsEntry("value", "http://" + service);
            assertThat(ofKind("Service")).extracting(s -> ((Map<String, Object>) s.get("metadata")).get("name"))
                    .contains(service);
        }
    }

    @Test
    void theOverlayBuildsOnTheBaseAndNamesOnlyFilesThatExist() {
        Map<String, Object> overlay = Repo.yamlDocuments("deploy/k8s/overlays/production/kustomization.yaml").get(0);
        assertThat((List<String>) overlay.get("resources")).containsExactly("../../base");
        for (Map<String, String> patch : (List<Map<String, String>>) overlay.get("patches")) {
            assertThat(Files.exists(Repo.file("deploy/k8s/overlays/production/" + patch.get("path")))).isTrue();
        }
        assertThat((List<Map<String, Object>>) overlay.get("replicas"))
                .extracting(r -> r.get("name")).containsExactlyInAnyOrderElementsOf(Repo.APPLICATIONS);
        assertThat((List<Map<String, Object>>) overlay.get("images")).extracting(i -> i.get("name"))
                .containsExactlyInAnyOrderElementsOf(Repo.APPLICATIONS.stream().map(a -> "telefonpolicy/" + a).toList());
        assertThat(baseResources()).isNotEmpty();
    }

    private static String path(Map<String, Object> container, String probe) {
        return (String) ((Map<String, Object>) ((Map<String, Object>) container.get(probe)).get("httpGet")).get("path");
    }
}
