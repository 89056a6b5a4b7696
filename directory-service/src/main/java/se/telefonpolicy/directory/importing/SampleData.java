package se.telefonpolicy.directory.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.directory.ServiceDesk;
import se.telefonpolicy.directory.domain.Instants;
import se.telefonpolicy.directory.domain.PhoneNumbers;
import se.telefonpolicy.directory.domain.Unit;
import se.telefonpolicy.directory.messaging.DirectoryEvents;
import se.telefonpolicy.directory.persistence.EmployeeRepository;
import se.telefonpolicy.directory.persistence.ImportJobRepository.RejectedRow;
import se.telefonpolicy.directory.persistence.UnitRepository;

/**
 * The sample directory (a fictional municipality shaped like Fagersta kommun, in
 * {@code src/main/resources/sample/}), loaded at startup when
 * {@code telefonpolicy.directory.sample-data.load} is true and the directory is empty. Units first,
 * then the employees through the HR import, all in one transaction under an advisory lock: a second
 * instance starting at the same time waits, then finds the directory full and loads nothing. The
 * files' dates are as of their {@code asOf} day and are moved to today, so the picture of data
 * quality (confirmations older than a year) looks the same whenever it is loaded.
 */
@ApplicationScoped
public class SampleData {

    private static final Logger LOG = Logger.getLogger(SampleData.class);
    /** Any constant, the same for every instance (own database). */
    private static final long SAMPLE_LOCK = 0x5a3b1e_da7aL;
    static final String UNITS = "sample/units.json";
    static final String EMPLOYEES = "sample/employees.csv";

    private final boolean load;
    private final UnitRepository units;
    private final EmployeeRepository employees;
    private final DirectoryEvents events;
    private final EmployeeImport employeeImport;
    private final DataSource dataSource;
    private final Clock clock;

    public SampleData(@ConfigProperty(name = "telefonpolicy.directory.sample-data.load", defaultValue = "false") boolean load,
            UnitRepository units, EmployeeRepository employees, DirectoryEvents events, EmployeeImport employeeImport,
            DataSource dataSource, Clock clock) {
        this.load = load;
        this.units = units;
        this.employees = employees;
        this.events = events;
        this.employeeImport = employeeImport;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        if (load) {
            loadIfEmpty();
        }
    }

    /** The sample's units as in units.json. */
    public record SampleUnit(String id, String name, String parentId, String managerEmployeeId, String phoneNumber,
            String email, boolean serviceFunction, ServiceDesk serviceDesk, boolean missedCallsCreateTasks) {
    }

    record SampleFile(LocalDate asOf, List<SampleUnit> units) {
    }

    /** Loads the sample if the directory has no units and no employees; true if it did. */
    public boolean loadIfEmpty() {
        return QuarkusTransaction.requiringNew().timeout(600).call(() -> {
            lock();
            if (!units.isEmpty() || employees.count() > 0) {
                LOG.info("Sample directory not loaded: the directory is not empty");
                return false;
            }
            SampleFile file = readUnits();
            Instant now = Instants.now(clock);
            for (SampleUnit u : file.units()) {
                Unit unit = new Unit(u.id(), u.name(), u.parentId(), u.managerEmployeeId(),
                        PhoneNumbers.toE164(u.phoneNumber()).orElse(null), u.email(), u.serviceDesk(),
                        u.missedCallsCreateTasks(), now);
                units.insert(unit);
                events.unitChanged(unit);
            }
            units.flush();
            Duration shift = Duration.ofDays(ChronoUnit.DAYS.between(file.asOf(),
                    LocalDate.ofInstant(clock.instant(), EmployeeImport.ZONE)));
            int[] created = { 0 };
            List<RejectedRow> rejected = new ArrayList<>();
            try (InputStream csv = resource(EMPLOYEES)) {
                employeeImport.run(csv, false, shift, p -> {
                    created[0] += p.created() + p.updated();
                    rejected.addAll(p.rejected());
                }, () -> false);
            }
            rejected.forEach(r -> LOG.warnf("Sample employee on line %d not loaded: %s", r.line(), r.reason()));
            LOG.infof("Sample directory loaded: %d units, %d employees (dates moved %d days)", file.units().size(),
                    created[0], shift.toDays());
            return true;
        });
    }

    private void lock() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            ps.setLong(1, SAMPLE_LOCK);
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the sample-data lock", e);
        }
    }

    private static SampleFile readUnits() {
        ObjectMapper mapper = EventJson.mapper().copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = resource(UNITS)) {
            return mapper.readValue(in, SampleFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + UNITS, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + name);
        }
        return in;
    }
}
