package se.telefonpolicy.availability.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "telefonpolicy.availability")
public interface AvailabilityConfig {

    /** DIVERSION_STALE: how long past its return time a diversion may last before it is a violation. */
    @WithDefault("PT15M")
    Duration staleGrace();

    /** SERVICE_DESK_STAFFED: how long a service desk may be understaffed before the gap is a breach. */
    @WithDefault("PT5M")
    Duration coverageGrace();

    /**
     * How often the event-time decisions (desk coverage, stale diversions) follow the watermark, in the
     * scheduler's syntax ({@code 1s}); read by their {@code @Scheduled}. Only how soon a decision is taken
     * depends on it, never what is decided.
     */
    @WithDefault("1s")
    String decisionInterval();

    /** No longer read (decisions follow the watermark); accepted so that an old setting does not stop the service. */
    Optional<String> coverageCheckInterval();

    /** No longer read, as {@link #coverageCheckInterval()}. */
    Optional<String> staleCheckInterval();
}
