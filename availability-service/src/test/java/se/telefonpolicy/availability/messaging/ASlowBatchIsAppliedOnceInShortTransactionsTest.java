package se.telefonpolicy.availability.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.EventType;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.availability.PresenceStatus;
import se.telefonpolicy.contracts.pbx.PbxStatusChanged;
import se.telefonpolicy.platform.messaging.ChannelWatchdog;
import se.telefonpolicy.testsupport.KafkaTestClient;

/**
 * A batch that takes longer than the transaction timeout: every inbox write is made to take 0.8 s (a trigger in the
 * service's database), the timeout is 2 s, and the records arrive while the consumer is busy, so batches of several
 * records form. Applied in one transaction, such a batch is aborted by the reaper on every retry and the consumer
 * never moves on; in short transactions each record is applied, and published, exactly once.
 */
@QuarkusTest
@TestProfile(ASlowBatchIsAppliedOnceInShortTransactionsTest.TwoSecondTransactions.class)
class ASlowBatchIsAppliedOnceInShortTransactionsTest {

    private static final int RECORDS = 12;

    /** The only change: a tiny transaction timeout, so that a few slow records outlast it. */
    public static class TwoSecondTransactions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("telefonpolicy.messaging.transaction-timeout", "2s");
        }
    }

    @Inject
    DataSource dataSource;

    @Inject
    ChannelWatchdog watchdog;

    @Test
    void everyRecordOfABatchLongerThanTheTransactionTimeoutIsAppliedAndPublishedOnce() throws SQLException {
        execute("""
                CREATE FUNCTION slow_inbox() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN PERFORM pg_sleep(0.8); RETURN NEW; END $$;
                CREATE TRIGGER slow_inbox BEFORE INSERT ON inbox_message FOR EACH ROW EXECUTE FUNCTION slow_inbox();""");
        List<ConsumerRecord<String, String>> published;
        try {
            Instant at = Instant.parse("2026-12-01T11:00:00Z");
            IntStream.rangeClosed(1, RECORDS).forEach(i -> KafkaTestClient.sendEvent(new PbxStatusChanged("emp-slow-" + i,
                    PresenceStatus.LUNCH, at.plusSeconds(i), at.plusSeconds(3600), null, null, null)));

            published = KafkaTestClient.readUntil(Topic.AVAILABILITY_STATUS.topicName(),
                    rs -> statusChangesPerEmployee(rs).size() == RECORDS, Duration.ofSeconds(120));
        } finally {
            execute("DROP TRIGGER slow_inbox ON inbox_message; DROP FUNCTION slow_inbox();");
        }
        assertThat(statusChangesPerEmployee(published)).hasSize(RECORDS);
        // nothing twice: each of the records went out once, however often its batch was tried
        assertThat(statusChangesPerEmployee(KafkaTestClient.readAll(Topic.AVAILABILITY_STATUS.topicName())).values())
                .containsOnly(1L);
        assertThat(watchdog.failed()).isEmpty();
    }

    private static Map<String, Long> statusChangesPerEmployee(List<ConsumerRecord<String, String>> records) {
        return records.stream()
                .filter(r -> r.key() != null && r.key().startsWith("emp-slow-"))
                .filter(r -> EventType.STATUS_CHANGED.ceType().equals(KafkaTestClient.header(r, EventEnvelope.HEADER_TYPE)))
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
