import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Search latency of a running directory-service, as the switchboard's client sees it (HTTP, JWT check,
 * the query, JSON): a realistic mix of queries — names with typos, units, responsibilities in definite
 * form — sent in turn on one kept-alive connection; warm-up, then timed requests, then p50/p95/p99.
 * Not a test: it prints figures. JDK only (single-file source):
 *
 *   java directory-service/bench/SearchLatency.java <base url> <bearer token> [warmup=300] [requests=3000]
 */
public final class SearchLatency {

    static final List<String> QUERIES = List.of(
            // names, several misspelt as a caller says them
            "Svenson", "Johanson", "Lindqvst", "Karlson", "Eriksson", "Anna Lindberg", "Per Olson", "Gustavson",
            "Bergström", "Håkanson", "Pettersson", "Nilson",
            // units
            "bygglov", "försörjningsstöd", "biblioteket", "kontaktcenter", "hemtjänsten", "elevhälsan", "IT-enheten",
            // responsibilities, often in definite form
            "bygglovet", "färdtjänst", "skolskjutsen", "bostadsanpassning", "orosanmälan", "parkeringstillstånd",
            "vattenläcka", "lönespecifikation", "försörjningsstödet", "sophämtning", "serveringstillstånd",
            "föreningsbidrag", "enskilt avlopp", "snöröjningen", "fakturor");

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SearchLatency <base url, e.g. http://localhost:8081> <bearer token> [warmup] [requests]");
            System.exit(2);
        }
        String base = args[0].replaceAll("/$", "");
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 3000;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest[] mix = QUERIES.stream().map(q -> HttpRequest.newBuilder(URI.create(base + "/api/v1/search?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + args[1]).GET().build())
                .toArray(HttpRequest[]::new);
        int emptyResults = 0;
        for (int i = 0; i < warmup; i++) {
            send(http, mix[i % mix.length]);
        }
        long[] micros = new long[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            String body = send(http, mix[i % mix.length]);
            micros[i] = (System.nanoTime() - start) / 1_000;
            if (body.equals("[]")) {
                emptyResults++;
            }
        }
        Arrays.sort(micros);
        System.out.printf("GET /api/v1/search, %d queries in turn, %d requests after %d warm-up (%d with no hit):%n"
                + "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", mix.length, requests, warmup, emptyResults,
                ms(micros, 0.50), ms(micros, 0.95), ms(micros, 0.99), micros[requests - 1] / 1000.0);
    }

    private static String send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " → HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static double ms(long[] sortedMicros, double quantile) {
        return sortedMicros[(int) Math.ceil(quantile * sortedMicros.length) - 1] / 1000.0;
    }
}
