package se.telefonpolicy.staffweb.login;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real OIDC provider for the login test: the Keycloak server distribution (unpacked by the build into
 * target/keycloak, system property {@code keycloak.dist}) started in development mode with the realm
 * {@code fagersta} of src/test/resources/keycloak, imported afresh at every start. Its log goes to target/keycloak.log.
 */
public class KeycloakServer implements QuarkusTestResourceLifecycleManager {

    static final String REALM = "fagersta";
    static final String CLIENT_ID = "staff-web";
    static final String CLIENT_SECRET = "hemlig";

    private Process process;

    @Override
    public Map<String, String> start() {
        Path dist = Path.of(System.getProperty("keycloak.dist", "target/keycloak/keycloak-unknown"));
        if (!Files.isRegularFile(dist.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("no Keycloak distribution at " + dist.toAbsolutePath()
                    + " (the build unpacks it: ./mvnw -pl staff-web verify)");
        }
        try {
            Path imports = Files.createDirectories(dist.resolve("data/import"));
            try (InputStream realm = KeycloakServer.class.getResourceAsStream("/keycloak/fagersta-realm.json")) {
                Files.copy(realm, imports.resolve("fagersta-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            // --import-realm skips a realm that exists: without the database every start imports it again
            deleteTree(dist.resolve("data/h2"));

            int httpPort = freePort();
            int managementPort = freePort();
            Path log = Path.of("target/keycloak.log");
            ProcessBuilder builder = new ProcessBuilder("/bin/sh", "bin/kc.sh", "start-dev",
                    "--http-port=" + httpPort, "--http-management-port=" + managementPort, "--import-realm")
                    .directory(dist.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            builder.environment().put("KC_HEALTH_ENABLED", "true");
            long started = System.nanoTime();
            process = builder.start();

            // the issuer follows the request's host: localhost here, in auth-server-url and in the test's client alike
            String issuer = "http://localhost:" + httpPort + "/realms/" + REALM;
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(5)).build();
            await("Keycloak's discovery document (log: " + log.toAbsolutePath() + ")")
                    .atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions()
                    .failFast("Keycloak stopped (log: " + log.toAbsolutePath() + ")", () -> !process.isAlive())
                    .until(() -> http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
            System.out.printf("Keycloak %s ready after %.1f s at %s%n", dist.getFileName(),
                    (System.nanoTime() - started) / 1e9, issuer);

            return Map.of(
                    "quarkus.oidc.auth-server-url", issuer,
                    "quarkus.oidc.client-id", CLIENT_ID,
                    "quarkus.oidc.credentials.secret", CLIENT_SECRET,
                    "quarkus.oidc.token-state-manager.encryption-secret", "nur-fuer-den-keycloak-test-0123456789abcdef");
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    /** kc.sh execs java at the first start but runs it as a child later: the whole tree goes. */
    @Override
    public void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
        process = null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
