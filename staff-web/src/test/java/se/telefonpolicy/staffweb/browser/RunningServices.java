package se.telefonpolicy.staffweb.browser;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import se.telefonpolicy.testsupport.PackagedService;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * The real services behind the pages: directory (with the sample municipality), availability, callback and
 * compliance from their packaged jars, on this test JVM's broker and PostgreSQL (test-support), started side by
 * side; ready when each has read the directory. staff-web itself runs in the test (profile dev-login) on a fixed
 * port, since its login redirects must name it.
 */
public class RunningServices implements QuarkusTestResourceLifecycleManager {

    static final String[] SERVICES = { "directory", "availability", "callback", "compliance" };

    private final Map<String, PackagedService> running = new LinkedHashMap<>();
    private final List<String> databases = new ArrayList<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Override
    public Map<String, String> start() {
        for (String service : SERVICES) {
            String database = PackagedService.createDatabase(service);
            databases.add(database);
            Map<String, String> config = service.equals("directory")
                    ? Map.of("telefonpolicy.directory.sample-data.load", "true")
                    : Map.of();
            running.put(service, PackagedService.launch(Path.of("..", service + "-service"), database, config));
        }
        running.values().forEach(PackagedService::awaitReady);
        // the others know the people once they have read the directory's topics: the pages need that
        awaitOk("availability", "/api/v1/units/sbf-bygglov/availability", TestTokens.switchboard("10064"));
        awaitOk("compliance", "/api/v1/reports/units/sbf-bygglov", TestTokens.manager("10499", "sbf-bygglov"));
        awaitOk("callback", "/api/v1/units/sbf-bygglov/callbacks", TestTokens.manager("10499", "sbf-bygglov"));

        int port = freePort();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.http.test-port", Integer.toString(port));
        config.put("telefonpolicy.dev-login.public-url", "http://localhost:" + port);
        config.put("quarkus.rest-client.directory.url", running.get("directory").url());
        config.put("quarkus.rest-client.availability.url", running.get("availability").url());
        config.put("quarkus.rest-client.callback.url", running.get("callback").url());
        config.put("quarkus.rest-client.compliance.url", running.get("compliance").url());
        return config;
    }

    @Override
    public void stop() {
        running.values().forEach(PackagedService::close);
        databases.forEach(PackagedService::dropDatabase);
    }

    private void awaitOk(String service, String path, String token) {
        URI uri = URI.create(running.get(service).url() + path);
        Awaitility.await(service + " has read the directory (" + path + ")").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
