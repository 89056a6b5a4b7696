package se.telefonpolicy.availability;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.Heartbeat;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.pbx.PbxStatusChanged;
import se.telefonpolicy.platform.watermark.Watermarks;
import se.telefonpolicy.testsupport.SharedInfrastructure;

/**
 * Event time on pbx.presence.v1 for this module's tests, partition by partition: PBX reports and heartbeats
 * written to the partition their key (or the test) names, so that a test can hold one partition back while the
 * others move on, as a stopped or lagging consumer would see it.
 *
 * <p>Every test class shares one database, and watermarks only move forward: a test that needs the watermark
 * behind its own times takes them from {@link #freshWorkingDay}, after anything any test has read so far.
 */
public final class PresenceEventTime {

    public static final String TOPIC = Topic.PBX_PRESENCE.topicName();
    public static final ZoneId STOCKHOLM = WorkingCalendar.STOCKHOLM;
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static KafkaProducer<String, String> producer;

    private PresenceEventTime() {
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    public static int partitions() {
        return producer().partitionsFor(TOPIC).size();
    }

    /** The partition a key goes to (Kafka's default partitioner for keyed records). */
    public static int partitionOf(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions();
    }

    /** An id starting with {@code prefix} whose records go to the partition for which {@code wanted} holds. */
    public static String keyOn(String prefix, IntPredicate wanted) {
        for (int i = 0;; i++) {
            String key = prefix + "-" + i;
            if (wanted.test(partitionOf(key))) {
                return key;
            }
        }
    }

    /** A PBX report, on its key's partition. Its ce_time (changedAt) is the partition's time once it is read. */
    public static void send(PbxStatusChanged change) {
        EventEnvelope envelope = EventEnvelope.of(change);
        List<Header> headers = new ArrayList<>();
        envelope.headers().forEach((name, v) -> headers.add(new RecordHeader(name, v.getBytes(StandardCharsets.UTF_8))));
        write(new ProducerRecord<>(TOPIC, partitionOf(envelope.key()), envelope.key(), envelope.data(), headers));
    }

    /** Heartbeats at {@code watermark} on the partitions for which {@code on} holds: the PBX promises nothing earlier there. */
    public static void heartbeats(Instant watermark, IntPredicate on) {
        IntStream.range(0, partitions()).filter(on).forEach(p -> {
            Heartbeat beat = Heartbeat.of(URI.create("/telefonpolicy/test"), TOPIC, p, watermark);
            List<Header> headers = new ArrayList<>();
            beat.headers().forEach((name, v) -> headers.add(new RecordHeader(name, v.getBytes(StandardCharsets.UTF_8))));
            write(new ProducerRecord<>(TOPIC, p, Heartbeat.KEY, beat.data(), headers));
        });
    }

    /** Waits until the service has read every partition for which {@code on} holds up to at least {@code time}. */
    public static void awaitRead(Watermarks watermarks, IntPredicate on, Instant time) {
        await().atMost(WAIT).until(() -> {
            Map<Integer, Instant> read = watermarks.latestReadPerPartition(List.of(TOPIC)).getOrDefault(TOPIC, Map.of());
            return IntStream.range(0, partitions()).filter(on)
                    .allMatch(p -> read.containsKey(p) && !read.get(p).isBefore(time));
        });
    }

    /**
     * Moves the presence watermark to {@code time} (heartbeats at time + the allowed lateness on every partition)
     * and waits until the service has read them: from then on, everything "by time" may be decided.
     */
    public static void moveWatermarkTo(Watermarks watermarks, Instant time) {
        Instant beat = time.plus(watermarks.allowedLateness());
        heartbeats(beat, p -> true);
        awaitRead(watermarks, p -> true, beat);
    }

    /** The latest event time read on any partition so far (or now, if later): what a fresh test must start after. */
    public static Instant latestRead(Watermarks watermarks) {
        return watermarks.latestReadPerPartition(List.of(TOPIC)).getOrDefault(TOPIC, Map.of()).values().stream()
                .max(Instant::compareTo).filter(t -> t.isAfter(Instant.now())).orElse(Instant.now());
    }

    /** A working day at least a week after anything read so far, so that the watermark is behind all of it. */
    public static LocalDate freshWorkingDay(Watermarks watermarks, WorkingCalendar calendar) {
        return calendar.nextWorkingDay(LocalDate.ofInstant(latestRead(watermarks), STOCKHOLM).plusWeeks(1));
    }

    /** The same, a Monday (the week's days follow it). */
    public static LocalDate freshWorkingMonday(Watermarks watermarks, WorkingCalendar calendar) {
        LocalDate day = freshWorkingDay(watermarks, calendar);
        while (day.getDayOfWeek() != DayOfWeek.MONDAY || !calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static void write(ProducerRecord<String, String> record) {
        try {
            producer().send(record).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + record.topic(), e);
        }
    }
}
