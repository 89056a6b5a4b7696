package se.telefonpolicy.platform.watermark;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import se.telefonpolicy.contracts.Heartbeat;
import se.telefonpolicy.platform.outbox.Outbox;
import se.telefonpolicy.platform.outbox.OutboxMessage;

/**
 * Sends the service's {@link ProducerWatermark} as a {@link Heartbeat} on every partition of each of its output
 * topics ({@code telefonpolicy.watermark.outputs}), through the outbox so that a heartbeat never overtakes an
 * event written before it. Sent whenever the watermark moved, and at least once a minute while it stands still,
 * so a quiet partition never holds back its consumers. Also keeps {@code telefonpolicy_watermark_delay_seconds}.
 */
@ApplicationScoped
public class Heartbeats {

    private static final Duration RESEND_UNCHANGED = Duration.ofMinutes(1);

    private final Outbox outbox;
    private final TopicPartitions partitions;
    private final ProducerWatermark producer;
    private final Watermarks watermarks;
    private final Clock clock;
    private final List<String> outputs;
    private final URI source;
    private final AtomicReference<Instant> delayFrom = new AtomicReference<>();
    private Instant lastSent;
    private Instant lastSentAt;

    public Heartbeats(Outbox outbox, TopicPartitions partitions, ProducerWatermark producer, Watermarks watermarks,
            Clock clock, MeterRegistry registry,
            @ConfigProperty(name = "telefonpolicy.watermark.outputs") Optional<List<String>> outputs,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.outbox = outbox;
        this.partitions = partitions;
        this.producer = producer;
        this.watermarks = watermarks;
        this.clock = clock;
        this.outputs = outputs.orElse(List.of());
        this.source = URI.create("/telefonpolicy/" + service);
        Gauge.builder("telefonpolicy_watermark_delay_seconds", this, Heartbeats::delaySeconds)
                .description("Wall clock minus the service's watermark (its inputs' latest event time less the allowed lateness)")
                .tag("service", service)
                .register(registry);
    }

    @Scheduled(every = "${telefonpolicy.watermark.heartbeat-every:5s}", identity = "watermark-heartbeats",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        beat();
    }

    /** One round: refreshes the delay metric and writes the heartbeats; returns how many it wrote. */
    @Transactional
    public synchronized int beat() {
        Instant now = clock.instant();
        Optional<Instant> watermark = producer.current();
        delayFrom.set(watermarks.inputs().isEmpty() ? watermark.orElse(null) : watermarks.current().orElse(null));
        if (watermark.isEmpty() || outputs.isEmpty()) {
            return 0;
        }
        Instant w = watermark.get();
        if (w.equals(lastSent) && lastSentAt != null && Duration.between(lastSentAt, now).compareTo(RESEND_UNCHANGED) < 0) {
            return 0;
        }
        List<OutboxMessage> beats = new ArrayList<>();
        for (String topic : outputs) {
            OptionalInt n = partitions.count(topic);
            for (int p = 0; p < n.orElse(0); p++) {
                beats.add(toMessage(Heartbeat.of(source, topic, p, w)));
            }
        }
        outbox.addAll(beats);
        lastSent = w;
        lastSentAt = now;
        return beats.size();
    }

    private double delaySeconds() {
        Instant from = delayFrom.get();
        return from == null ? Double.NaN : Duration.between(from, clock.instant()).toMillis() / 1000.0;
    }

    static OutboxMessage toMessage(Heartbeat beat) {
        return new OutboxMessage(beat.id(), beat.topic(), Heartbeat.KEY, Heartbeat.CE_TYPE, beat.source().toString(),
                beat.subject(), beat.watermark(), beat.data(),
                Map.of(Heartbeat.HEADER_WATERMARK, Heartbeat.format(beat.watermark())), beat.partition());
    }
}
