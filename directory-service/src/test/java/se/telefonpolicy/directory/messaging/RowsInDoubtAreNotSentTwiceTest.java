package se.telefonpolicy.directory.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.directory.DirectoryApi;
import se.telefonpolicy.directory.SecondDirectoryProfile;
import se.telefonpolicy.directory.TopicReader;
import se.telefonpolicy.platform.outbox.OutboxRelay;
import se.telefonpolicy.testsupport.KafkaTestClient;

/**
 * What a relay killed after sending leaves behind: rows marked sent and never marked published. One of them reached
 * its topic before the kill, the other did not. The next relay sends the second and not the first: each ce_id is on
 * the topic once. (The relay is stopped in this profile; the test drives it.)
 */
@QuarkusTest
@TestProfile(SecondDirectoryProfile.class)
class RowsInDoubtAreNotSentTwiceTest {

    @Inject
    OutboxRelay relay;

    @Inject
    DataSource dataSource;

    @Test
    void aRowAlreadyOnItsTopicIsMarkedPublishedAndOneThatNeverArrivedIsSentOnce() throws SQLException {
        DirectoryApi.createUnit("xd-arrived", "Överförmyndare", null);
        DirectoryApi.createUnit("xd-lost", "Lönecenter", null);
        UUID arrived = OutboxRows.unpublishedIds(dataSource, "xd-arrived").get(0);
        UUID lost = OutboxRows.unpublishedIds(dataSource, "xd-lost").get(0);
        // the killed relay had marked both sent, and the broker had written the first
        try (var c = dataSource.getConnection();
             var ps = c.prepareStatement("UPDATE outbox_message SET sent_at = now() WHERE id = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("uuid", new Object[] { arrived, lost }));
            ps.executeUpdate();
        }
        sendAsTheRelayDid(arrived);

        for (int sent = relay.relayBatch(); sent > 0; sent = relay.relayBatch()) {
            // drain: the sample directory of this profile is waiting too
        }

        Map<String, Long> copies = TopicReader.readToEnd(Topic.DIRECTORY_UNITS.topicName()).stream()
                .filter(r -> r.key() != null && r.key().startsWith("xd-"))
                .collect(Collectors.groupingBy(r -> KafkaTestClient.header(r, "ce_id"), Collectors.counting()));
        assertThat(copies).containsOnly(Map.entry(arrived.toString(), 1L), Map.entry(lost.toString(), 1L));
        assertThat(OutboxRows.unpublishedIds(dataSource, "xd-")).isEmpty();
    }

    /** The row's record as the relay sends it: CloudEvents in binary mode, its id as ce_id. */
    private void sendAsTheRelayDid(UUID row) throws SQLException {
        try (var c = dataSource.getConnection(); var ps = c.prepareStatement(
                "SELECT topic, record_key, ce_type, ce_source, ce_subject, ce_time, payload FROM outbox_message WHERE id = ?")) {
            ps.setObject(1, row);
            try (var rs = ps.executeQuery()) {
                rs.next();
                Map<String, String> headers = new HashMap<>();
                headers.put("ce_specversion", "1.0");
                headers.put("ce_id", row.toString());
                headers.put("ce_type", rs.getString("ce_type"));
                headers.put("ce_source", rs.getString("ce_source"));
                if (rs.getString("ce_subject") != null) {
                    headers.put("ce_subject", rs.getString("ce_subject"));
                }
                headers.put("ce_time", rs.getTimestamp("ce_time").toInstant().atOffset(ZoneOffset.UTC).toString());
                headers.put("content-type", "application/json");
                KafkaTestClient.send(rs.getString("topic"), rs.getString("record_key"), rs.getString("payload"), headers);
            }
        }
    }
}
