package se.telefonpolicy.pbxconnector;

import static io.restassured.RestAssured.given;

/** Reads one series from the service's own /q/metrics, as Prometheus would scrape it. */
public final class Metrics {

    private Metrics() {
    }

    /** @param series the name with its labels as Prometheus prints them, e.g. {@code x_total{reason="a"}}; 0 when absent */
    public static double value(String series) {
        String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return body.lines().filter(l -> l.startsWith(series + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(series.length() + 1).trim().split(" ")[0]))
                .findFirst().orElse(0);
    }
}
