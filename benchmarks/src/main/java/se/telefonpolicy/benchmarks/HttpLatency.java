package se.telefonpolicy.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/**
 * Latency of one GET endpoint of a running service, as a client on one kept-alive connection sees it
 * (HTTP, JWT check, the service, its database): warm-up, then N timed requests, then p50/p95/p99.
 * Not a test: it prints figures for docs/benchmarks and the issue notes.
 *
 *   java -cp benchmarks/target/benchmarks.jar se.telefonpolicy.benchmarks.HttpLatency <url> <bearer token> [warmup] [requests]
 */
public final class HttpLatency {

    private HttpLatency() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: HttpLatency <url> <bearer token> [warmup=500] [requests=2000]");
            System.exit(2);
        }
        URI url = URI.create(args[0]);
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(url).header("Authorization", "Bearer " + args[1]).GET().build();
        for (int i = 0; i < warmup; i++) {
            send(http, request);
        }
        long[] micros = new long[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            send(http, request);
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        System.out.printf("%s: %d requests after %d warm-up: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                url.getPath(), requests, warmup, ms(micros, 0.50), ms(micros, 0.95), ms(micros, 0.99),
                micros[requests - 1] / 1000.0);
    }

    private static void send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
    }

    private static double ms(long[] sortedMicros, double quantile) {
        return sortedMicros[(int) Math.ceil(quantile * sortedMicros.length) - 1] / 1000.0;
    }
}
