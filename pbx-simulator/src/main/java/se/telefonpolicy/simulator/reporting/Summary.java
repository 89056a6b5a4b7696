package se.telefonpolicy.simulator.reporting;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import se.telefonpolicy.simulator.domain.Expectation;
import se.telefonpolicy.simulator.domain.Municipality;

/** The figures per department and unit, in Swedish, as a newcomer reads them after the simulated week. */
public final class Summary {

    private static final String ROW = "  %-34s %7s %6s %6s %5s %5s %7s %7s %6s %6s %4s%n";

    private Summary() {
    }

    /** @param reports each unit's figures from compliance-service */
    public static void print(PrintStream out, Municipality municipality, Map<String, JsonNode> reports,
            Map<String, Expectation.UnitFigures> expected) {
        out.printf(Locale.ROOT, ROW, "Enhet", "Samtal", "Svar%", "Återr.", "i tid", "sena", "försen.",
                "Täckn.", "Utan å", "Inakt.", "OK");
        out.printf(Locale.ROOT, ROW, "", "", "", "", "", "", "", "", "tid", "hänv.", "");
        for (var department : Expectation.byDepartment(municipality).entrySet()) {
            out.println();
            out.println(department.getKey().name().toUpperCase(Locale.forLanguageTag("sv")));
            for (Municipality.Unit unit : department.getValue()) {
                JsonNode f = reports.get(unit.id());
                if (f == null) {
                    continue;
                }
                boolean same = ComplianceReports.differences(expected.get(unit.id()), f).isEmpty();
                out.printf(Locale.ROOT, ROW, shorten((unit.parentId() == null ? "" : "  ") + unit.name()),
                        f.path("callsOffered").asText(), percent(f.path("answerRate")),
                        f.path("callbacksTotal").asText(), f.path("callbacksOnTime").asText(),
                        f.path("callbacksLate").asText(), f.path("callbacksStillOverdue").asText(),
                        percent(f.path("serviceDeskCoverageRatio")), f.path("diversionsWithoutReturnTime").asText(),
                        f.path("staleDiversions").asText(), same ? "ja" : "NEJ");
            }
        }
        out.println();
        out.println("Kolumner: Samtal = inkommande samtal, Svar% = andel besvarade, Återr. = återuppringningsärenden");
        out.println("(i tid / sena / försenade och fortfarande öppna), Täckn. = servicefunktionens bemanning under");
        out.println("öppettid, Utan å tid = hänvisningar utan återkomsttid, Inakt. hänv. = hänvisningar som löpt ut");
        out.println("utan att ändras, OK = rapporten stämmer med simulatorns egen facit.");
    }

    /** The differences, unit by unit; empty when the report and the expectation agree everywhere. */
    public static List<String> differences(Municipality municipality, Map<String, JsonNode> reports,
            Map<String, Expectation.UnitFigures> expected) {
        return municipality.units().stream().flatMap(u -> {
            JsonNode f = reports.get(u.id());
            if (f == null) {
                return java.util.stream.Stream.of(u.id() + ": ingen rapport");
            }
            return ComplianceReports.differences(expected.get(u.id()), f).stream().map(d -> u.id() + ": " + d);
        }).toList();
    }

    private static String percent(JsonNode ratio) {
        return ratio.isNumber() ? String.format(Locale.ROOT, "%.1f", ratio.asDouble() * 100) : "–";
    }

    private static String shorten(String name) {
        return name.length() <= 34 ? name : name.substring(0, 33) + "…";
    }
}
