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

    /** telefonpolicy_callbacks_due_soon: open tasks due within this much working time. */
    @WithDefault("PT2H")
    Duration dueSoonWithin();

    /** How often the directory problems are swept ("off" disables it; tests run it themselves). */
    @WithDefault("15s")
    String sweepEvery();

    /** How often the state gauges are refreshed. */
    @WithDefault("15s")
    String metricsEvery();

    /** How often the dead-letter topic sizes are read. */
    @WithDefault("30s")
    String dlqEvery();
}
