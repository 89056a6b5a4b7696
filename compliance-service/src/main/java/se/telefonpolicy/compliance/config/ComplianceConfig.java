package se.telefonpolicy.compliance.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** compliance-service's rule settings (the environment names are in the README). */
@ConfigMapping(prefix = "telefonpolicy.compliance")
public interface ComplianceConfig {

    /** GREETING_RECORDED: the longest greeting allowed, as directory-service checks it. */
    @WithDefault("30")
    int greetingMaxSeconds();

    /** DIRECTORY_CORRECT: details confirmed by the employee within this long, as directory-service checks it. */
    @WithDefault("P365D")
    Duration confirmWithin();

    /** DIVERSION_STALE: how long past its return time a diversion may stand unchanged. */
    @WithDefault("PT15M")
    Duration staleGrace();

    /** SERVICE_DESK_STAFFED: how long a coverage gap may last before it is a breach. */
    @WithDefault("PT5M")
    Duration coverageGrace();

    /** telefonpolicy_callbacks_due_soon: open tasks due within this much working time. */
    @WithDefault("PT2H")
    Duration dueSoonWithin();

    /** How often the breach sweep runs ("off" disables it; tests run it themselves). */
    @WithDefault("15s")
    String sweepEvery();

    /** How often the state gauges are refreshed. */
    @WithDefault("15s")
    String metricsEvery();

    /** How often the dead-letter topic sizes are read. */
    @WithDefault("30s")
    String dlqEvery();
}
