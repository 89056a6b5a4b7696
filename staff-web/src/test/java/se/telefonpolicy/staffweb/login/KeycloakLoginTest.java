package se.telefonpolicy.staffweb.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The login against a real OIDC provider: Keycloak ({@link KeycloakServer}) with the realm {@code fagersta}, driven
 * like a browser (cookies, redirects, Keycloak's login form) with the JDK's HTTP client. Only this class gets the
 * Keycloak: the profile's resource is restricted to it.
 */
@QuarkusTest
@TestProfile(KeycloakLoginTest.Profile.class)
class KeycloakLoginTest {

    /** A fixed port for this run: the redirect URI Keycloak gets back must be absolute and stay the same. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return Map.of("quarkus.http.test-port", String.valueOf(socket.getLocalPort()),
                        // the provider is KeycloakServer, not a container of Dev Services
                        "quarkus.keycloak.devservices.enabled", "false");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KeycloakServer.class, Map.of(), true));
        }
    }

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final String PASSWORD = "losen";

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String issuer;

    private URI app;
    private String authorizationEndpoint;
    private String endSessionEndpoint;
    private Browser browser;

    @BeforeEach
    void discover() throws Exception {
        app = URI.create("http://localhost:" + port + "/");
        browser = new Browser();
        HttpResponse<String> discovery = browser.send(HttpRequest.newBuilder(
                URI.create(issuer + "/.well-known/openid-configuration")).header("Accept", "application/json"));
        assertThat(discovery.statusCode()).isEqualTo(200);
        JsonNode doc = new ObjectMapper().readTree(discovery.body());
        authorizationEndpoint = doc.get("authorization_endpoint").asText();
        endSessionEndpoint = doc.get("end_session_endpoint").asText();
    }

    @Test
    void anUnauthenticatedPageRedirectsToKeycloaksAuthorizationEndpoint() throws Exception {
        HttpResponse<String> start = browser.get(app);

        assertThat(start.statusCode()).isEqualTo(302);
        URI location = location(start);
        assertThat(location.toString()).startsWith(authorizationEndpoint + "?");
        Map<String, String> query = query(location);
        assertThat(query).containsEntry("client_id", KeycloakServer.CLIENT_ID)
                .containsEntry("response_type", "code")
                .containsEntry("redirect_uri", app.toString())
                .containsKey("state");
        assertThat(query.get("scope")).contains("openid");
    }

    @Test
    void aCaseOfficerLogsInAndSeesTheirNameAndRole() throws Exception {
        HttpResponse<String> page = logIn("mattias.holmberg");

        assertThat(page.uri()).isEqualTo(app);
        assertThat(page.body()).contains("Inloggad som <strong>Mattias Holmberg</strong> (handläggare)")
                .contains("Välkommen, Mattias Holmberg")
                .doesNotContain("href=\"/enheten\"")
                .doesNotContain("href=\"/vaxeln\"");
    }

    @Test
    void aManagerSeesTheUnitPage() throws Exception {
        HttpResponse<String> page = logIn("sven.haddad");

        assertThat(page.uri()).isEqualTo(app);
        assertThat(page.body()).contains("Inloggad som <strong>Sven Haddad</strong> (chef)")
                .contains("<a href=\"/enheten\"")
                .doesNotContain("href=\"/vaxeln\"");
    }

    @Test
    void theSwitchboardSeesTheSwitchboardPage() throws Exception {
        HttpResponse<String> page = logIn("malin.haddad");

        assertThat(page.uri()).isEqualTo(app);
        assertThat(page.body()).contains("Inloggad som <strong>Malin Haddad</strong> (växeln)")
                .contains("<a href=\"/vaxeln\"")
                .doesNotContain("href=\"/enheten\"");
    }

    @Test
    void aWrongPasswordStaysOnKeycloaksLoginForm() throws Exception {
        HttpResponse<String> form = loginForm();

        HttpResponse<String> answer = submit(form, "mattias.holmberg", "fel-losen");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
        assertThat(answer.body()).contains("kc-form-login").doesNotContain("Inloggad som");
        assertThat(browser.cookieNames()).noneMatch(name -> name.startsWith("q_session"));
        HttpResponse<String> again = browser.get(app);
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(location(again).toString()).startsWith(authorizationEndpoint + "?");
    }

    @Test
    void loggingOutEndsBothSessionsAndComesBackToTheLoggedOutPage() throws Exception {
        logIn("mattias.holmberg");

        HttpResponse<String> logout = browser.get(app.resolve("/logga-ut"));
        assertThat(logout.statusCode()).isEqualTo(302);
        URI endSession = location(logout);
        assertThat(endSession.toString()).startsWith(endSessionEndpoint + "?");
        assertThat(query(endSession)).containsEntry("post_logout_redirect_uri", app.resolve("/utloggad").toString())
                .containsKey("id_token_hint");

        HttpResponse<String> back = browser.follow(logout);
        // Keycloak hands back the state quarkus-oidc sent along
        assertThat(URI.create(back.uri().toString().replaceFirst("\\?.*", ""))).isEqualTo(app.resolve("/utloggad"));
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains("Du är utloggad");

        // staff-web's session is gone, and Keycloak's too: it asks for the password again instead of a silent login
        HttpResponse<String> start = browser.get(app);
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(location(start).toString()).startsWith(authorizationEndpoint + "?");
        HttpResponse<String> keycloak = browser.follow(start);
        assertThat(keycloak.statusCode()).isEqualTo(200);
        assertThat(keycloak.body()).contains("kc-form-login");
    }

    /** From staff-web's start page through Keycloak's form back to the start page, signed in. */
    private HttpResponse<String> logIn(String username) throws Exception {
        HttpResponse<String> answer = submit(loginForm(), username, PASSWORD);
        assertThat(answer.statusCode()).as("Keycloak's answer to the login form").isEqualTo(302);
        URI callback = location(answer);
        assertThat(callback.toString()).startsWith(app.toString());
        assertThat(query(callback)).containsKeys("code", "state");
        HttpResponse<String> page = browser.follow(answer);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(browser.cookieNames()).anyMatch(name -> name.startsWith("q_session"));
        return page;
    }

    private HttpResponse<String> loginForm() throws Exception {
        HttpResponse<String> form = browser.follow(browser.get(app));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.uri().toString()).startsWith(issuer);
        return form;
    }

    private HttpResponse<String> submit(HttpResponse<String> form, String username, String password) throws Exception {
        Matcher action = LOGIN_FORM.matcher(form.body());
        assertThat(action.find()).as("Keycloak's login form in %s", form.uri()).isTrue();
        URI target = form.uri().resolve(action.group(1).replace("&amp;", "&"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("password", password);
        fields.put("credentialId", "");
        return browser.post(target, fields);
    }

    private static URI location(HttpResponse<?> response) {
        return response.uri().resolve(response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no Location from " + response.uri() + " (" + response.statusCode() + ")")));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            query.put(decode(name), decode(value));
        }
        return query;
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /**
     * A browser's cookies, all on localhost. java.net.CookieManager does not do here: Keycloak's login cookies
     * (AUTH_SESSION_ID, KC_RESTART, …) come over http as {@code Version=1; Secure; SameSite=None}, and CookieManager
     * sends no {@code Secure} cookie over http (a browser takes http://localhost for a secure context and does) and
     * matches a version-1 cookie's domain by RFC 2965, under which a host without a dot matches nothing.
     */
    private static final class CookieJar extends CookieHandler {
        private final List<HttpCookie> cookies = new ArrayList<>();

        @Override
        public synchronized Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            cookies.removeIf(HttpCookie::hasExpired);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String header = cookies.stream()
                    .filter(c -> c.getDomain().equalsIgnoreCase(uri.getHost()) && path.startsWith(c.getPath()))
                    .map(c -> c.getName() + "=" + c.getValue())
                    .collect(Collectors.joining("; "));
            return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
        }

        @Override
        public synchronized void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if (!"Set-Cookie".equalsIgnoreCase(name)) {
                    return;
                }
                for (String value : values) {
                    for (HttpCookie cookie : HttpCookie.parse(value)) {
                        cookie.setDomain(uri.getHost());
                        if (cookie.getPath() == null || cookie.getPath().isEmpty()) {
                            cookie.setPath("/");
                        }
                        cookies.removeIf(c -> c.getName().equals(cookie.getName()) && c.getPath().equals(cookie.getPath()));
                        if (!cookie.hasExpired()) {
                            cookies.add(cookie);
                        }
                    }
                }
            });
        }

        synchronized List<String> names() {
            cookies.removeIf(HttpCookie::hasExpired);
            return cookies.stream().map(HttpCookie::getName).toList();
        }
    }

    /** Cookies and redirects like a browser, one hop at a time so that each can be looked at. */
    private static final class Browser {
        private final CookieJar cookies = new CookieJar();
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        HttpResponse<String> get(URI uri) throws Exception {
            return send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET());
        }

        HttpResponse<String> post(URI uri, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri)
                    .header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        /** Follows the redirects from this answer on (GET, as a browser does after 302/303) to the first page. */
        HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
            List<URI> hops = new ArrayList<>();
            while (response.statusCode() / 100 == 3) {
                URI next = location(response);
                hops.add(next);
                assertThat(hops).as("redirects from %s", response.uri()).hasSizeLessThan(10);
                response = get(next);
            }
            return response;
        }

        List<String> cookieNames() {
            return cookies.names();
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
