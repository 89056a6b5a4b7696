package se.telefonpolicy.callback;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.callback.jobs.EventTimeDecisions;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.EventJson;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Heartbeat;
import se.telefonpolicy.contracts.callback.CallbackDeadlineDecided;
import se.telefonpolicy.platform.watermark.Watermarks;
import se.telefonpolicy.testsupport.SharedInfrastructure;

/**
 * Event time in tests: the module's test classes share one database, whose watermarks only move forward, so a test
 * that needs them behind its own times takes a fresh week later than anything read so far; heartbeats move them
 * (all partitions, or all but one to hold a partition back) instead of waiting.
 */
public final class EventTimeSupport {

    public static final ZoneId STOCKHOLM = WorkingCalendar.STOCKHOLM;
    /** The allowed lateness (PT2M by default) and a second: heartbeats at {@code past(T)} let a decision "by T" be taken. */
    private static final Duration LATENESS_AND_A_SECOND = Duration.ofMinutes(2).plusSeconds(1);
    /** After every fixed date of the module's other tests: their events never overtake a fresh week. */
    private static final LocalDate FLOOR = LocalDate.of(2027, 3, 1);

    private EventTimeSupport() {
    }

    /** A ce_id and the partition it went to. */
    public record Sent(UUID id, int partition) {
    }

    /**
     * A Monday at least a week after every event time read on any partition so far, in a week of working days
     * (Monday to the next Tuesday), so that Monday 10:00's message is due Wednesday 17:00.
     */
    public static LocalDate freshWeek(DataSource db) {
        LocalDate latest = FLOOR;
        try (var c = db.getConnection(); var q = c.prepareStatement("SELECT max(event_time) FROM watermark_partition");
                var rs = q.executeQuery()) {
            Timestamp max = rs.next() ? rs.getTimestamp(1) : null;
            if (max != null && max.toInstant().atZone(STOCKHOLM).toLocalDate().isAfter(latest)) {
                latest = max.toInstant().atZone(STOCKHOLM).toLocalDate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        LocalDate monday = latest.plusDays(7).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        WorkingCalendar calendar = WorkingCalendar.sweden();
        while (!monday.datesUntil(monday.plusDays(9)).filter(d -> d.getDayOfWeek().getValue() <= 5)
                .allMatch(calendar::isWorkingDay)) {
            monday = monday.plusWeeks(1);
        }
        return monday;
    }

    /** That day of the Monday's week, at the local time in Stockholm. */
    public static Instant at(LocalDate monday, DayOfWeek day, String localTime) {
        return monday.with(TemporalAdjusters.nextOrSame(day)).atTime(LocalTime.parse(localTime)).atZone(STOCKHOLM)
                .toInstant();
    }

    public static Instant past(Instant decidedBy) {
        return decidedBy.plus(LATENESS_AND_A_SECOND);
    }

    /** Sends the event as the PBX connector would (KafkaTestClient.sendEvent); returns where it went. */
    public static Sent send(DomainEvent event) {
        EventEnvelope envelope = EventEnvelope.of(event);
        List<Header> headers = new ArrayList<>();
        envelope.headers().forEach((name, v) -> headers.add(new RecordHeader(name, v.getBytes(StandardCharsets.UTF_8))));
        try (var producer = producer()) {
            int partition = producer.send(new ProducerRecord<>(envelope.topic(), null, envelope.key(), envelope.data(),
                    headers)).get(10, TimeUnit.SECONDS).partition();
            return new Sent(envelope.id(), partition);
        } catch (Exception e) {
            throw new IllegalStateException("Could not send " + event.type(), e);
        }
    }

    /**
     * A heartbeat at {@code watermark} on every partition of the topic but {@code except} (held back: nothing is
     * delivered there), as an idle producer sends them; returns once callback-service has read every one.
     */
    public static void heartbeats(Watermarks watermarks, String topic, Instant watermark, Set<Integer> except) {
        List<Integer> sentTo = new ArrayList<>();
        try (var producer = producer()) {
            int partitions = producer.partitionsFor(topic).size();
            for (int p = 0; p < partitions; p++) {
                if (except.contains(p)) {
                    continue;
                }
                Heartbeat beat = Heartbeat.of(URI.create("/telefonpolicy/test"), topic, p, watermark);
                List<Header> headers = new ArrayList<>();
                beat.headers().forEach((name, v) -> headers.add(new RecordHeader(name, v.getBytes(StandardCharsets.UTF_8))));
                producer.send(new ProducerRecord<>(topic, p, Heartbeat.KEY, beat.data(), headers)).get(10, TimeUnit.SECONDS);
                sentTo.add(p);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not send heartbeats to " + topic, e);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Map<Integer, Instant> read = watermarks.latestReadPerPartition(List.of(topic)).getOrDefault(topic, Map.of());
            return sentTo.stream().allMatch(p -> read.containsKey(p) && !read.get(p).isBefore(watermark));
        });
    }

    public static void heartbeats(Watermarks watermarks, String topic, Instant watermark) {
        heartbeats(watermarks, topic, watermark, Set.of());
    }

    /** Whether the task's decision of this step (ABSENCE_CHECK, DUE_SOON, DEADLINE, HANDLED) is still to be taken. */
    public static boolean isPending(DataSource db, String taskId, String step) {
        try (var c = db.getConnection();
                var q = c.prepareStatement("SELECT 1 FROM task_pending WHERE task_id = ?::uuid AND step = ?")) {
            q.setString(1, taskId);
            q.setString(2, step);
            try (var rs = q.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One round of the event-time decisions, by hand, as soon as it gets the lock (the scheduled round may hold it). */
    public static EventTimeDecisions.Run runDecisions(EventTimeDecisions decisions) {
        EventTimeDecisions.Run[] run = new EventTimeDecisions.Run[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> (run[0] = decisions.run()).ran());
        return run[0];
    }

    /** The CallbackDeadlineDecided among the task's records, in topic order. */
    public static List<CallbackDeadlineDecided> decisions(List<ConsumerRecord<String, String>> taskRecords) {
        return taskRecords.stream().filter(r -> CallbackTestSupport.isType(r, EventType.CALLBACK_DEADLINE_DECIDED))
                .map(r -> EventJson.<CallbackDeadlineDecided>fromJson(EventType.CALLBACK_DEADLINE_DECIDED, r.value()))
                .toList();
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }
}
