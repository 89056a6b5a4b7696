package se.telefonpolicy.simulator.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.telefonpolicy.calendar.TimeRange;
import se.telefonpolicy.calendar.WeeklySchedule;

/**
 * The sample municipality directory-service loads (its {@code src/main/resources/sample/}: units.json and the
 * HR export employees.csv, formats in directory-service's README), read the same way here so that the simulated
 * calls go to the people and desks the services know.
 */
public final class SampleMunicipality {

    private static final String UNITS = "sample/units.json";
    private static final String EMPLOYEES = "sample/employees.csv";

    private SampleMunicipality() {
    }

    public static Municipality load() {
        try (InputStream units = resource(UNITS); InputStream employees = resource(EMPLOYEES)) {
            return read(units, employees);
        } catch (IOException e) {
            throw new UncheckedIOException("Kunde inte läsa exempelkommunen", e);
        }
    }

    static Municipality read(InputStream unitsJson, InputStream employeesCsv) throws IOException {
        List<Municipality.Unit> units = new ArrayList<>();
        java.util.Set<String> managers = new java.util.HashSet<>();
        for (JsonNode u : new ObjectMapper().readTree(unitsJson).path("units")) {
            if (u.path("managerEmployeeId").isTextual()) {
                managers.add(u.path("managerEmployeeId").asText());
            }
            JsonNode desk = u.path("serviceDesk");
            String parent = u.path("parentId").isTextual() ? u.path("parentId").asText() : null;
            if (desk.isObject()) {
                WeeklySchedule.Builder week = WeeklySchedule.builder();
                Map<DayOfWeek, List<TimeRange>> byDay = new HashMap<>();
                for (JsonNode h : desk.path("openingHours")) {
                    byDay.computeIfAbsent(DayOfWeek.valueOf(h.path("day").asText()), d -> new ArrayList<>())
                            .add(range(h));
                }
                byDay.forEach((day, ranges) -> week.on(day, ranges.toArray(TimeRange[]::new)));
                Map<LocalDate, List<TimeRange>> exceptions = new HashMap<>();
                for (JsonNode x : desk.path("exceptions")) {
                    List<TimeRange> ranges = exceptions.computeIfAbsent(LocalDate.parse(x.path("date").asText()),
                            d -> new ArrayList<>());
                    if (x.path("opens").isTextual()) {
                        ranges.add(range(x));
                    }
                }
                units.add(new Municipality.Unit(u.path("id").asText(), u.path("name").asText(), parent, true,
                        desk.path("minimumStaffing").asInt(1), week.build(), exceptions,
                        u.path("missedCallsCreateTasks").asBoolean(false)));
            } else {
                units.add(Municipality.Unit.plain(u.path("id").asText(), u.path("name").asText(), parent));
            }
        }
        List<Municipality.Employee> employees = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        for (CSVRecord row : format.parse(new InputStreamReader(employeesCsv, StandardCharsets.UTF_8))) {
            if (!"ja".equalsIgnoreCase(row.get("aktiv"))) {
                continue;
            }
            employees.add(new Municipality.Employee(row.get("anställningsnummer"), row.get("enhet"),
                    row.get("förnamn") + " " + row.get("efternamn"), "ja".equalsIgnoreCase(row.get("röstbrevlåda"))));
        }
        return new Municipality(units, employees, managers);
    }

    private static TimeRange range(JsonNode hours) {
        return TimeRange.of(LocalTime.parse(hours.path("opens").asText()), LocalTime.parse(hours.path("closes").asText()));
    }

    private static InputStream resource(String name) {
        InputStream in = SampleMunicipality.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Saknar " + name + " på klassvägen");
        }
        return in;
    }
}
