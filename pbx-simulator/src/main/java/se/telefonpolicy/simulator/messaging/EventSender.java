package se.telefonpolicy.simulator.messaging;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.Heartbeat;
import se.telefonpolicy.contracts.Topic;

/**
 * Sends the simulated events as the PBX connector would: CloudEvents binary mode, keyed by the internal party,
 * acks=all. Each event's ce_id comes from the seed and its position, so the same simulation sent twice is the
 * same events twice and the services' inboxes drop the repeat.
 */
public final class EventSender implements AutoCloseable {

    /** How fast: as fast as the broker takes them, or the simulated clock at N times real time. */
    public sealed interface Pace permits AsFastAsPossible, TimesRealTime {
    }

    public record AsFastAsPossible() implements Pace {
    }

    public record TimesRealTime(double factor) implements Pace {
    }

    static final URI SOURCE = URI.create("urn:telefonpolicy:pbx-simulator");

    private final KafkaProducer<String, String> producer;
    private final long seed;

    public EventSender(String bootstrapServers, long seed, Map<String, Object> extraConfig) {
        Map<String, Object> config = new java.util.HashMap<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.CLIENT_ID_CONFIG, "pbx-simulator"));
        config.putAll(extraConfig);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        this.seed = seed;
    }

    /** The ce_id of the n-th event of the simulation with this seed. */
    public static UUID eventId(long seed, int index) {
        return UUID.nameUUIDFromBytes(("telefonpolicy-simulator:" + seed + ":" + index).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends them in order and waits for the broker's acknowledgements. The events are in event-time order, so at
     * every full hour of event time the simulator promises each partition of the PBX topics that nothing earlier
     * follows (a {@link Heartbeat}), as the PBX connector does: the services decide the day's deadlines as the
     * simulated week goes, not all at the end.
     *
     * @param progress told how many have been sent so far, now and then
     */
    public void send(List<DomainEvent> events, Pace pace, LongConsumer progress) throws InterruptedException {
        long startedNanos = System.nanoTime();
        Instant firstEventAt = events.isEmpty() ? null : events.get(0).occurredAt();
        Instant nextBeat = firstEventAt == null ? null : firstEventAt.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        List<java.util.concurrent.Future<?>> pending = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            DomainEvent event = events.get(i);
            if (!event.occurredAt().isBefore(nextBeat)) {
                Instant hour = event.occurredAt().truncatedTo(ChronoUnit.HOURS);
                pending.addAll(heartbeats(hour));
                nextBeat = hour.plus(1, ChronoUnit.HOURS);
            }
            if (pace instanceof TimesRealTime times) {
                long dueNanos = (long) (Duration.between(firstEventAt, event.occurredAt()).toNanos() / times.factor());
                long waitNanos = dueNanos - (System.nanoTime() - startedNanos);
                if (waitNanos > 0) {
                    TimeUnit.NANOSECONDS.sleep(waitNanos);
                }
            }
            EventEnvelope envelope = EventEnvelope.of(event, eventId(seed, i), SOURCE);
            List<Header> headers = new ArrayList<>();
            envelope.headers().forEach((name, value) -> headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
            pending.add(producer.send(new ProducerRecord<>(envelope.topic(), null, envelope.key(), envelope.data(), headers)));
            if ((i + 1) % 2000 == 0) {
                awaitAll(pending);
                progress.accept(i + 1);
            }
        }
        awaitAll(pending);
        progress.accept(events.size());
    }

    /**
     * Promises every partition of the PBX topics that nothing before {@code watermark} follows; the simulation's
     * end sends its "now" this way, so that the services decide every deadline of the simulated period.
     */
    public void sendHeartbeats(Instant watermark) throws InterruptedException {
        awaitAll(heartbeats(watermark));
    }

    private List<java.util.concurrent.Future<?>> heartbeats(Instant watermark) {
        List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
        for (Topic topic : List.of(Topic.PBX_CALLS, Topic.PBX_PRESENCE)) {
            int partitions = producer.partitionsFor(topic.topicName()).size();
            for (int p = 0; p < partitions; p++) {
                Heartbeat beat = Heartbeat.of(SOURCE, topic.topicName(), p, watermark);
                List<Header> headers = new ArrayList<>();
                beat.headers().forEach((name, value) -> headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
                sent.add(producer.send(new ProducerRecord<>(topic.topicName(), p, Heartbeat.KEY, beat.data(), headers)));
            }
        }
        return sent;
    }

    private static void awaitAll(List<java.util.concurrent.Future<?>> pending) throws InterruptedException {
        for (var future : pending) {
            try {
                future.get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("Kafka tog inte emot en händelse: " + e.getMessage(), e);
            }
        }
        pending.clear();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
