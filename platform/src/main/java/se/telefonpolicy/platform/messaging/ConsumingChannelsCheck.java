package se.telefonpolicy.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while any incoming channel has stopped consuming ({@link ChannelWatchdog}), with SmallRye's reason. */
@Readiness
@ApplicationScoped
public class ConsumingChannelsCheck implements HealthCheck {

    public static final String NAME = "Consuming channels";

    private final ChannelWatchdog watchdog;

    public ConsumingChannelsCheck(ChannelWatchdog watchdog) {
        this.watchdog = watchdog;
    }

    @Override
    public HealthCheckResponse call() {
        var failed = watchdog.failed();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).status(failed.isEmpty());
        failed.forEach(response::withData);
        return response.build();
    }
}
