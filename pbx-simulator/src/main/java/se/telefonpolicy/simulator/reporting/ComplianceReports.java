package se.telefonpolicy.simulator.reporting;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.telefonpolicy.simulator.domain.Expectation.UnitFigures;

/** Reads compliance-service's unit reports over its REST API, as a manager's tool would. */
public final class ComplianceReports {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI baseUrl;
    private final String token;

    public ComplianceReports(URI baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** The unit's own figures (not its sub-units'), or empty while compliance-service does not know the unit yet. */
    public Optional<JsonNode> figures(String unitId, LocalDate from, LocalDate to) throws IOException, InterruptedException {
        URI uri = baseUrl.resolve("/api/v1/reports/units/" + unitId + "?subunits=false&from=" + from + "&to=" + to);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new IOException("Rapporten för " + unitId + " gav HTTP " + response.statusCode() + ": " + response.body());
        }
        return Optional.of(JSON.readTree(response.body()).path("figures"));
    }

    /** The figures where the report and the expectation differ, as "name: report X, expected Y". */
    public static List<String> differences(UnitFigures expected, JsonNode report) {
        List<String> differences = new ArrayList<>();
        compare(differences, "callbacksTotal", expected.callbacksTotal(), report);
        compare(differences, "callbacksOnTime", expected.callbacksOnTime(), report);
        compare(differences, "callbacksLate", expected.callbacksLate(), report);
        compare(differences, "callbacksStillOverdue", expected.callbacksStillOverdue(), report);
        compare(differences, "medianWorkingHoursToCallback", expected.medianWorkingHoursToCallback(), report);
        compare(differences, "p90WorkingHoursToCallback", expected.p90WorkingHoursToCallback(), report);
        compare(differences, "diversionsWithoutReturnTime", expected.diversionsWithoutReturnTime(), report);
        compare(differences, "staleDiversions", expected.staleDiversions(), report);
        compare(differences, "serviceDeskCoverageRatio", expected.serviceDeskCoverageRatio(), report);
        compare(differences, "callsOffered", expected.callsOffered(), report);
        compare(differences, "callsAnswered", expected.callsAnswered(), report);
        compare(differences, "callsMissed", expected.callsMissed(), report);
        compare(differences, "answerRate", expected.answerRate(), report);
        compare(differences, "bouncedCalls", expected.bouncedCalls(), report);
        return differences;
    }

    private static void compare(List<String> differences, String field, Number expected, JsonNode report) {
        JsonNode actual = report.path(field);
        boolean same = expected == null
                ? actual.isNull() || actual.isMissingNode()
                : actual.isNumber() && Math.abs(actual.asDouble() - expected.doubleValue()) < 1e-9;
        if (!same) {
            differences.add(field + ": rapporten " + (actual.isMissingNode() ? "saknar värdet" : actual.toString())
                    + ", simulatorn väntade " + expected);
        }
    }
}
