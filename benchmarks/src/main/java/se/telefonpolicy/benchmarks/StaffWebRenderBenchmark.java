package se.telefonpolicy.benchmarks;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How fast staff-web renders its pages for a signed-in person, as a browser on one kept-alive connection
 * sees it (the session cookie, the calls to the services, the template): each of the four people of the
 * development login signs in through the login flow (staff-web with QUARKUS_PROFILE=dev-login, as
 * `./run-local.sh` starts it), then every page that person may see gets a warm-up and N timed GETs, each
 * required to be a 200. Prints p50/p95/max per page and person, and whether every p95 is within 300 ms
 * (exit status 1 if not). Not a test: it prints figures for the README and the issue notes.
 *
 *   java -cp benchmarks/target/benchmarks.jar se.telefonpolicy.benchmarks.StaffWebRenderBenchmark [baseUrl=http://localhost:8086] [warmup=20] [requests=200]
 */
public final class StaffWebRenderBenchmark {

    static final double GOAL_P95_MS = 300;
    private static final int MAX_REDIRECTS = 10;

    /** A person of the development login (employee id = HR number) and the pages their roles show. */
    record Person(String employee, String name, List<String> pages) {
    }

    private static final List<String> EVERYONE = List.of("/aterringningar", "/hanvisning", "/uppgifter");
    static final List<Person> PEOPLE = List.of(
            new Person("10500", "Mattias Holmberg (handläggare)", EVERYONE),
            new Person("10499", "Sven Haddad (chef, Bygglov)", concat(EVERYONE, "/enheten")),
            new Person("10498", "Hanna Åberg (chef, Samhällsbyggnad)", concat(EVERYONE, "/enheten")),
            new Person("10064", "Malin Haddad (växeln)", concat(EVERYONE, "/vaxeln", "/vaxeln/sok?q=bygglov")));

    private StaffWebRenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? stripSlash(args[0]) : "http://localhost:8086");
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        if (requests < 1 || warmup < 0) {
            System.err.println("usage: StaffWebRenderBenchmark [baseUrl=http://localhost:8086] [warmup=20] [requests=200]");
            System.exit(2);
        }
        boolean allWithin = true;
        System.out.printf("%s: %d timed GETs per page after %d warm-up%n", base, requests, warmup);
        for (Person person : PEOPLE) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
            logIn(http, base, person.employee());
            for (String page : person.pages()) {
                HttpRequest request = HttpRequest.newBuilder(base.resolve(page)).timeout(Duration.ofSeconds(30)).GET().build();
                for (int i = 0; i < warmup; i++) {
                    get(http, request);
                }
                long[] micros = new long[requests];
                for (int i = 0; i < requests; i++) {
                    long start = System.nanoTime();
                    get(http, request);
                    micros[i] = (System.nanoTime() - start) / 1_000;
                }
                Arrays.sort(micros);
                double p95 = ms(micros, 0.95);
                allWithin &= p95 <= GOAL_P95_MS;
                System.out.printf("%-24s %s %-36s p50 %7.2f ms  p95 %7.2f ms  max %7.2f ms%n", page, person.employee(),
                        person.name(), ms(micros, 0.50), p95, micros[requests - 1] / 1000.0);
            }
        }
        System.out.printf("every p95 <= %.0f ms: %s%n", GOAL_P95_MS, allWithin ? "yes" : "NO");
        System.exit(allWithin ? 0 : 1);
    }

    /**
     * The development login as a browser goes through it: a page → 302 to /dev-oidc/authorize → the page of
     * people → POST the person's form → 302 to the redirect URI with the code → Quarkus sets its session
     * cookie and sends us back to the page → 200.
     */
    static void logIn(HttpClient http, URI base, String employee) throws Exception {
        HttpResponse<String> page = follow(http, HttpRequest.newBuilder(base.resolve("/aterringningar")).GET().build());
        LoginForm form = LoginForm.find(page.body(), employee).orElseThrow(() -> new IllegalStateException(
                "no login form for employee " + employee + " at " + page.uri() + " (is staff-web running with"
                        + " QUARKUS_PROFILE=dev-login?)"));
        HttpRequest post = HttpRequest.newBuilder(page.uri().resolve(form.action()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form.fields()))).build();
        HttpResponse<String> signedIn = follow(http, post);
        if (signedIn.uri().getPath().startsWith("/dev-oidc")) {
            throw new IllegalStateException("login of " + employee + " ended on the login page again: " + signedIn.uri());
        }
    }

    /** Sends the request and follows redirects with GETs (as a browser does after a 302 to a POST) up to a 200. */
    private static HttpResponse<String> follow(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        for (int hops = 0; isRedirect(response.statusCode()); hops++) {
            if (hops == MAX_REDIRECTS) {
                throw new IllegalStateException("more than " + MAX_REDIRECTS + " redirects from " + request.uri());
            }
            String location = response.headers().firstValue("Location").orElse(null);
            if (location == null) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " without Location: " + response.uri());
            }
            URI next = response.uri().resolve(location);
            response = http.send(HttpRequest.newBuilder(next).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " at " + response.uri() + ": " + response.body());
        }
        return response;
    }

    private static void get(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " at " + request.uri()
                    + response.headers().firstValue("Location").map(l -> " → " + l).orElse(""));
        }
    }

    static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static double ms(long[] sortedMicros, double quantile) {
        return sortedMicros[(int) Math.ceil(quantile * sortedMicros.length) - 1] / 1000.0;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static List<String> concat(List<String> first, String... more) {
        return java.util.stream.Stream.concat(first.stream(), Arrays.stream(more)).toList();
    }
}
