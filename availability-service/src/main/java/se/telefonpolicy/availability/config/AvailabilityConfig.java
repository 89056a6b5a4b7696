package se.telefonpolicy.availability.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "telefonpolicy.availability")
public interface AvailabilityConfig {

    /** DIVERSION_STALE: how long a return time may have passed, with the status unchanged, before it is a violation. */
    @WithDefault("PT15M")
    Duration staleGrace();

    /** How often the DIVERSION_STALE check runs, in the scheduler's syntax ({@code 30s}); read by its {@code @Scheduled}. */
    @WithDefault("30s")
    String staleCheckInterval();

    /** SERVICE_DESK_STAFFED: how long a service desk may be understaffed before the gap is published. */
    @WithDefault("PT5M")
    Duration coverageGrace();

    /** How often every service desk is evaluated, besides on each presence change; read by its {@code @Scheduled}. */
    @WithDefault("30s")
    String coverageCheckInterval();
}
