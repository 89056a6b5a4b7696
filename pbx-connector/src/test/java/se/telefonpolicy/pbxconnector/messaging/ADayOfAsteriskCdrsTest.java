package se.telefonpolicy.pbxconnector.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.telefonpolicy.contracts.DeadLetter;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.EventEnvelope;
import se.telefonpolicy.contracts.Heartbeat;
import se.telefonpolicy.contracts.Topic;
import se.telefonpolicy.contracts.directory.EmployeeSnapshot;
import se.telefonpolicy.contracts.pbx.CallAnswered;
import se.telefonpolicy.contracts.pbx.CallMissed;
import se.telefonpolicy.contracts.pbx.CallOffered;
import se.telefonpolicy.contracts.pbx.CallTransferred;
import se.telefonpolicy.contracts.pbx.MissedCallReason;
import se.telefonpolicy.contracts.pbx.OutboundCallPlaced;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.pbxconnector.Cdrs;
import se.telefonpolicy.pbxconnector.Metrics;
import se.telefonpolicy.testsupport.KafkaTestClient;
import se.telefonpolicy.testsupport.TestTokens;

/**
 * Acceptance 1: a realistic Monday of Asterisk CDRs, in cdr_kafka's exact format, through the real broker:
 * every canonical event on pbx.calls.v1 and every dead letter on asterisk-cdr.dlq is checked, and a record
 * delivered twice is published once. Direct-dial range +4622344 (test profile); Stockholm is UTC+1.
 */
@QuarkusTest
class ADayOfAsteriskCdrsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CDR_TOPIC = Topic.ASTERISK_CDR.topicName();

    @Test
    void everyRecordOfTheDayBecomesItsEventsOrADeadLetter() {
        directory("day-anna", "day-bygglov", "2101");
        directory("day-bertil", "day-bygglov", "2102");
        directory("day-cecilia", "day-bygglov", "2103");
        for (String extension : List.of("2101", "2102", "2103")) {
            await().atMost(WAIT).until(() -> given().auth().oauth2(TestTokens.admin())
                    .get("/api/v1/pbx/extensions/" + extension).statusCode() == 200);
        }
        double recordsBefore = Metrics.value("telefonpolicy_pbx_cdr_records_total");
        double unknownBefore = Metrics.value("telefonpolicy_pbx_cdr_rejected_total{reason=\"unknown_extension\"}");
        double malformedBefore = Metrics.value("telefonpolicy_pbx_cdr_rejected_total{reason=\"malformed_json\"}");
        double missingBefore = Metrics.value("telefonpolicy_pbx_cdr_rejected_total{reason=\"missing_field\"}");
        double voicemailsBefore = Metrics.value("telefonpolicy_pbx_events_out_total{type=\"voicemail-left\"}");
        double ignoredBefore = Metrics.value("telefonpolicy_pbx_cdr_ignored_total{reason=\"not_connected\"}");

        String voicemail = Cdrs.cdr("day.0931").inbound("0705550204", "2101").voicemail("2101@default,u")
                .times("2026-11-30 09:31:02", "2026-11-30 09:31:27", "2026-11-30 09:32:05", 63, 38, "ANSWERED").json();
        String unknownExtension = Cdrs.cdr("day.1405").inbound("0705550207", "2999")
                .times("2026-11-30 14:05:00", "", "2026-11-30 14:05:25", 25, 0, "NO ANSWER").json();
        String malformed = "{\"AccountCode\":\"\",\"Source\":\"0705550208\",\"Destination\":\"2101\",\"StartTi";
        String missingDisposition = Cdrs.cdr("day.1500").inbound("0705550209", "2102")
                .times("2026-11-30 15:00:00", "", "2026-11-30 15:00:20", 20, 0, "NO ANSWER").without("Disposition").json();
        List<String> day = List.of(
                Cdrs.cdr("day.0812").inbound("0705550201", "2101")
                        .times("2026-11-30 08:12:00", "2026-11-30 08:12:09", "2026-11-30 08:15:40", 220, 211, "ANSWERED").json(),
                Cdrs.cdr("day.0840").inbound("0705550202", "2102")
                        .times("2026-11-30 08:40:00", "", "2026-11-30 08:40:30", 30, 0, "NO ANSWER").json(),
                Cdrs.cdr("day.0905").inbound("0705550203", "2101")
                        .times("2026-11-30 09:05:00", "", "2026-11-30 09:05:01", 1, 0, "BUSY").json(),
                voicemail,
                Cdrs.cdr("day.1002").inbound("0705550205", "2102").voicemail("2102@default,b")
                        .times("2026-11-30 10:02:00", "2026-11-30 10:02:03", "2026-11-30 10:02:06", 6, 0, "ANSWERED").json(),
                Cdrs.cdr("day.1045").inbound("0705550206", "2102").set("DestinationChannel", "PJSIP/2103-00000051")
                        .times("2026-11-30 10:45:00", "2026-11-30 10:45:15", "2026-11-30 10:49:15", 255, 240, "ANSWERED").json(),
                Cdrs.cdr("day.1130").inbound("anonymous", "2103").set("CallerID", "\"Anonymous\" <anonymous>")
                        .times("2026-11-30 11:30:00", "2026-11-30 11:30:04", "2026-11-30 11:32:04", 124, 120, "ANSWERED").json(),
                Cdrs.cdr("day.1315").outbound("2101", "0705550204")
                        .times("2026-11-30 13:15:00", "2026-11-30 13:15:08", "2026-11-30 13:16:43", 103, 95, "ANSWERED").json(),
                Cdrs.cdr("day.1340").outbound("2102", "0705550202")
                        .times("2026-11-30 13:40:00", "", "2026-11-30 13:40:35", 35, 0, "NO ANSWER").json(),
                unknownExtension,
                malformed,
                missingDisposition,
                Cdrs.cdr("day.1520").inbound("0705550210", "2103")
                        .times("2026-11-30 15:20:00", "", "2026-11-30 15:20:00", 0, 0, "CONGESTION").json(),
                // the voicemail again: a redelivery, or cdr_kafka's producer retrying
                voicemail);
        day.forEach(json -> KafkaTestClient.send(CDR_TOPIC, null, json, Map.of()));

        await().atMost(WAIT).until(() -> Metrics.value("telefonpolicy_pbx_cdr_records_total") >= recordsBefore + day.size());
        // every record is applied; one more, applied after them, marks the end of what the relay will send
        KafkaTestClient.send(CDR_TOPIC, null, Cdrs.cdr("day.1700").outbound("2103", "0705550299")
                .times("2026-11-30 17:00:00", "", "2026-11-30 17:00:10", 10, 0, "NO ANSWER").json(), Map.of());
        List<ConsumerRecord<String, String>> published = KafkaTestClient.readUntil(Topic.PBX_CALLS.topicName(),
                rs -> rs.stream().anyMatch(r -> "day.1700".equals(r.headers().lastHeader("ce_subject") == null ? null
                        : new String(r.headers().lastHeader("ce_subject").value(), StandardCharsets.UTF_8))), WAIT);
        Map<String, List<DomainEvent>> byCall = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> r : published) {
            if (Heartbeat.isHeartbeat(headers(r))) {
                continue; // the connector's own promise about the partition's time, not a CDR's event
            }
            EventEnvelope envelope = EventEnvelope.fromKafka(r.key(), headers(r), r.value());
            if (envelope.subject().startsWith("day.")) {
                assertThat(envelope.source().toString()).isEqualTo("/telefonpolicy/pbx-connector");
                byCall.computeIfAbsent(envelope.subject(), k -> new ArrayList<>()).add(envelope.event());
            }
        }

        assertThat(byCall.get("day.0812")).containsExactly(
                new CallOffered("day.0812", "day-anna", null, "+46705550201", "+46223442101", at("07:12:00")),
                new CallAnswered("day.0812", "day-anna", null, "day-anna", at("07:12:09"), 9));
        assertThat(byCall.get("day.0840")).containsExactly(
                new CallOffered("day.0840", "day-bertil", null, "+46705550202", "+46223442102", at("07:40:00")),
                new CallMissed("day.0840", "day-bertil", null, "+46705550202", MissedCallReason.NO_ANSWER, at("07:40:30"), 30));
        assertThat(byCall.get("day.0905")).containsExactly(
                new CallOffered("day.0905", "day-anna", null, "+46705550203", "+46223442101", at("08:05:00")),
                new CallMissed("day.0905", "day-anna", null, "+46705550203", MissedCallReason.BUSY, at("08:05:01"), 1));
        // once, although delivered twice
        assertThat(byCall.get("day.0931")).containsExactly(
                new CallOffered("day.0931", "day-anna", null, "+46705550204", "+46223442101", at("08:31:02")),
                new CallMissed("day.0931", "day-anna", null, "+46705550204", MissedCallReason.NO_ANSWER, at("08:31:27"), 25),
                new VoicemailLeft("day.0931", "day-anna", null, "+46705550204", at("08:32:05"), 38));
        assertThat(byCall.get("day.1002")).containsExactly(
                new CallOffered("day.1002", "day-bertil", null, "+46705550205", "+46223442102", at("09:02:00")),
                new CallMissed("day.1002", "day-bertil", null, "+46705550205", MissedCallReason.BUSY, at("09:02:03"), 3));
        assertThat(byCall.get("day.1045")).containsExactly(
                new CallOffered("day.1045", "day-bertil", null, "+46705550206", "+46223442102", at("09:45:00")),
                new CallTransferred("day.1045", "day-bertil", null, "day-cecilia", null, null, null, 1, at("09:45:15")),
                new CallAnswered("day.1045", "day-bertil", null, "day-cecilia", at("09:45:15"), 15));
        assertThat(byCall.get("day.1130")).containsExactly(
                new CallOffered("day.1130", "day-cecilia", null, null, "+46223442103", at("10:30:00")),
                new CallAnswered("day.1130", "day-cecilia", null, "day-cecilia", at("10:30:04"), 4));
        assertThat(byCall.get("day.1315")).containsExactly(
                new OutboundCallPlaced("day.1315", "day-anna", "+46705550204", at("12:15:00"), true, 95));
        assertThat(byCall.get("day.1340")).containsExactly(
                new OutboundCallPlaced("day.1340", "day-bertil", "+46705550202", at("12:40:00"), false, 0));
        // the dead letters and the failed dial made no events
        assertThat(byCall.keySet()).containsExactlyInAnyOrder("day.0812", "day.0840", "day.0905", "day.0931", "day.1002",
                "day.1045", "day.1130", "day.1315", "day.1340", "day.1700");
        // keyed by the internal party
        assertThat(published.stream().filter(r -> r.value() != null && r.value().contains("\"day.0931\""))
                .map(ConsumerRecord::key).collect(Collectors.toSet())).containsExactly("day-anna");

        List<ConsumerRecord<String, String>> deadLetters = KafkaTestClient.readUntil(Topic.ASTERISK_CDR.dlqName(),
                rs -> ours(rs, Set.of(unknownExtension, malformed, missingDisposition)).size() >= 3, WAIT);
        Map<String, ConsumerRecord<String, String>> dlq = ours(deadLetters, Set.of(unknownExtension, malformed, missingDisposition))
                .stream().collect(Collectors.toMap(ConsumerRecord::value, r -> r));
        assertThat(dlq).hasSize(3);
        assertDeadLetter(dlq.get(unknownExtension), "unknown_extension", "Destination");
        assertDeadLetter(dlq.get(malformed), "malformed_json", "$");
        assertDeadLetter(dlq.get(missingDisposition), "missing_field", "Disposition");

        assertThat(Metrics.value("telefonpolicy_pbx_cdr_rejected_total{reason=\"unknown_extension\"}")).isEqualTo(unknownBefore + 1);
        assertThat(Metrics.value("telefonpolicy_pbx_cdr_rejected_total{reason=\"malformed_json\"}")).isEqualTo(malformedBefore + 1);
        assertThat(Metrics.value("telefonpolicy_pbx_cdr_rejected_total{reason=\"missing_field\"}")).isEqualTo(missingBefore + 1);
        assertThat(Metrics.value("telefonpolicy_pbx_events_out_total{type=\"voicemail-left\"}")).isEqualTo(voicemailsBefore + 1);
        assertThat(Metrics.value("telefonpolicy_pbx_cdr_ignored_total{reason=\"not_connected\"}")).isEqualTo(ignoredBefore + 1);
    }

    private static void assertDeadLetter(ConsumerRecord<String, String> record, String reasonCode, String field) {
        assertThat(KafkaTestClient.header(record, "dead-letter-reason-code")).isEqualTo(reasonCode);
        assertThat(KafkaTestClient.header(record, DeadLetter.FIELD)).isEqualTo(field);
        assertThat(KafkaTestClient.header(record, DeadLetter.REASON)).startsWith(field + " ").doesNotContain("070555");
        assertThat(KafkaTestClient.header(record, DeadLetter.ORIGINAL_TOPIC)).isEqualTo("asterisk-cdr");
        assertThat(KafkaTestClient.header(record, DeadLetter.ORIGINAL_OFFSET)).matches("\\d+");
        assertThat(KafkaTestClient.header(record, DeadLetter.CONSUMER_GROUP)).isEqualTo("pbx-connector");
    }

    private static List<ConsumerRecord<String, String>> ours(List<ConsumerRecord<String, String>> records, Set<String> values) {
        return records.stream().filter(r -> values.contains(r.value())).toList();
    }

    private static Instant at(String utcTime) {
        return Instant.parse("2026-11-30T" + utcTime + "Z");
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header h : record.headers()) {
            headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static void directory(String employeeId, String unitId, String extension) {
        KafkaTestClient.sendEvent(new EmployeeSnapshot(employeeId, null, "Test", employeeId, "Handläggare", unitId, extension,
                List.of(), null, null, true, null, List.of(), null, true, Instant.parse("2026-11-01T08:00:00Z")));
    }
}
