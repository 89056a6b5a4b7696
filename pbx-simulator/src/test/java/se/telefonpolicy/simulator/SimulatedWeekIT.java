package se.telefonpolicy.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.simulator.domain.SampleMunicipality;
import se.telefonpolicy.simulator.messaging.EventSender;
import se.telefonpolicy.simulator.reporting.Summary;
import se.telefonpolicy.testsupport.PackagedService;
import se.telefonpolicy.testsupport.SharedInfrastructure;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * The simulated week against the four real services, each started from its packaged jar on the test broker and
 * PostgreSQL: every figure of every unit's compliance report equals the simulator's own expectation.
 */
class SimulatedWeekIT {

    private static final String[] SERVICES = { "directory", "availability", "callback", "compliance" };
    /** A week long decided: 2–8 November 2026 (deadlines by 11 November). */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 8);

    private static final List<String> databases = new ArrayList<>();
    private static final List<PackagedService> services = new ArrayList<>();
    private static PackagedService compliance;

    @BeforeAll
    static void startTheServices() {
        for (String service : SERVICES) {
            String database = PackagedService.createDatabase(service);
            databases.add(database);
            Map<String, String> config = switch (service) {
                case "directory" -> Map.of("telefonpolicy.directory.sample-data.load", "true");
                // a past week is replayed: coverage by the changes' own times, not moved to now by the tick
                case "availability" -> Map.of("telefonpolicy.availability.coverage-check-interval", "off");
                // the simulated municipality lets a unit colleague's call back count (see the README)
                case "callback" -> Map.of("telefonpolicy.callback.unit-colleagues-call-back", "true");
                default -> Map.of();
            };
            PackagedService launched = PackagedService.launch(Path.of("..", service + "-service"), database, config);
            services.add(launched);
            if (service.equals("compliance")) {
                compliance = launched;
            }
        }
        services.forEach(PackagedService::awaitReady);
    }

    @AfterAll
    static void stopTheServices() {
        services.forEach(PackagedService::close);
        databases.forEach(PackagedService::dropDatabase);
    }

    @Test
    void theComplianceReportOfASimulatedWeekEqualsTheSimulatorsExpectation() throws Exception {
        var municipality = SampleMunicipality.load();
        var run = new SimulationRun(municipality, WorkingCalendar.sweden(), System.out);
        var result = run.run(20141124L, MONDAY, SUNDAY, new SimulationRun.Target(
                SharedInfrastructure.get().bootstrapServers(), Map.of(), URI.create(compliance.url()), TestTokens.admin(),
                new EventSender.AsFastAsPossible(), Duration.ofMinutes(5)));

        Summary.print(System.out, municipality, result.reports(), result.expected());
        System.out.printf(Locale.ROOT, "SIMULATED WEEK: %d events, generated at %.0f events/s, sent in %.1f s, "
                + "consumed by the services %.1f s after the first send%n", result.events(), result.generatedPerSecond(),
                result.sendSeconds(), result.consumeSeconds());

        assertThat(result.reports()).hasSize(municipality.units().size());
        assertThat(result.expected().values().stream().mapToLong(f -> f.callsOffered()).sum()).isPositive();
        assertThat(result.differences()).isEmpty();
    }
}
