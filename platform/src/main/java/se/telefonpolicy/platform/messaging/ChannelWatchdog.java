package se.telefonpolicy.platform.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Quarkus;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.health.HealthReport;
import io.smallrye.reactive.messaging.providers.extension.HealthCenter;

/**
 * A consumer that SmallRye marked failed (a record unacknowledged too long, a fatal poll error) never consumes
 * again in this process, and SmallRye cannot restart it. So the service stops: readiness goes DOWN at once
 * ({@link ConsumingChannelsCheck}), {@code telefonpolicy_channel_failures_total{channel}} counts the failure, and after
 * {@code telefonpolicy.messaging.exit-after} (time for a scrape to see it) the process exits with
 * {@value #EXIT_CODE}; compose ({@code restart: unless-stopped}), Kubernetes and {@code run-local.sh} start it
 * again, and it goes on from its last committed offset: the inbox makes what is read again a no-op.
 */
@ApplicationScoped
public class ChannelWatchdog {

    /** EX_TEMPFAIL: try again. */
    public static final int EXIT_CODE = 75;

    private static final Logger LOG = Logger.getLogger(ChannelWatchdog.class);
    private static final Pattern INCOMING = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.connector");

    private final HealthCenter health;
    private final MeterRegistry registry;
    private final Clock clock;
    private final Duration exitAfter;
    private final boolean exitEnabled;
    private final Set<String> incoming;
    private final Map<String, String> failed = new ConcurrentHashMap<>();
    private volatile Instant exitAt;

    public ChannelWatchdog(HealthCenter health, MeterRegistry registry, Clock clock, Config config,
            @ConfigProperty(name = "telefonpolicy.messaging.exit-after", defaultValue = "PT30S") Duration exitAfter,
            @ConfigProperty(name = "telefonpolicy.messaging.exit-on-channel-failure", defaultValue = "true") boolean exitEnabled) {
        this.health = health;
        this.registry = registry;
        this.clock = clock;
        this.exitAfter = exitAfter;
        this.exitEnabled = exitEnabled;
        this.incoming = incomingChannels(config.getPropertyNames());
        // present from the start at 0, so that increase() sees the first failure
        incoming.forEach(this::failures);
    }

    static Set<String> incomingChannels(Iterable<String> propertyNames) {
        Set<String> channels = new TreeSet<>();
        for (String name : propertyNames) {
            Matcher m = INCOMING.matcher(name);
            if (m.matches()) {
                channels.add(m.group(1));
            }
        }
        return channels;
    }

    @Scheduled(every = "${telefonpolicy.messaging.watch-every:2s}", identity = "channel-watchdog",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void watch() {
        HealthReport liveness = health.getLiveness();
        for (HealthReport.ChannelInfo channel : liveness.getChannels()) {
            if (incoming.contains(channel.getChannel()) && !channel.isOk()
                    && failed.putIfAbsent(channel.getChannel(), String.valueOf(channel.getMessage())) == null) {
                failures(channel.getChannel()).increment();
                LOG.errorf("Channel %s stopped consuming (%s); the service exits in %s so that it is started again",
                        channel.getChannel(), channel.getMessage(), exitAfter);
                if (exitAt == null) {
                    exitAt = clock.instant().plus(exitAfter);
                }
            }
        }
        if (exitEnabled && exitAt != null && !clock.instant().isBefore(exitAt)) {
            LOG.errorf("Exiting with status %d: channels %s stopped consuming", EXIT_CODE, failed.keySet());
            Quarkus.asyncExit(EXIT_CODE);
        }
    }

    /** The channels that stopped consuming, with SmallRye's reason. */
    public Map<String, String> failed() {
        return Map.copyOf(failed);
    }

    private Counter failures(String channel) {
        return Counter.builder("telefonpolicy_channel_failures")
                .description("Incoming channels that stopped consuming (the service then exits to be restarted)")
                .tag("channel", channel)
                .register(registry);
    }
}
