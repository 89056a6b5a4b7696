package se.telefonpolicy.directory.api;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.telefonpolicy.directory.domain.DirectoryQuality;
import se.telefonpolicy.directory.domain.Employee;
import se.telefonpolicy.directory.domain.Unit;

/** The domain's quality rules with their configured limits and the injected clock. */
@ApplicationScoped
public class QualityChecks {

    private final Clock clock;
    private final DirectoryQuality quality;

    public QualityChecks(Clock clock,
            @ConfigProperty(name = "telefonpolicy.directory.confirm-within", defaultValue = "P365D") Duration confirmWithin,
            @ConfigProperty(name = "telefonpolicy.directory.greeting-max-seconds", defaultValue = "30") int greetingMaxSeconds) {
        this.clock = clock;
        this.quality = new DirectoryQuality(confirmWithin, greetingMaxSeconds);
    }

    public List<DirectoryQuality.Finding> check(Employee e, Map<String, Unit> unitsById) {
        return quality.check(e, e.unitId() == null ? null : unitsById.get(e.unitId()), clock.instant());
    }
}
