package se.telefonpolicy.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.telefonpolicy.contracts.directory.EmployeeDeleted;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;

class EventEnvelopeTest {

    private static final UUID ID = UUID.fromString("3f2b8c1e-6d4a-4e9b-9c7f-0a1b2c3d4e5f");
    private final VoicemailLeft voicemail =
            new VoicemailLeft("pbx-7f3a9c58", "e-2077", null, "+46701234567", Instant.parse("2026-11-30T09:03:10Z"), 42);

    @Test
    void headersAreTheCloudEventsBinaryModeAttributesAsSmallRyeWritesThem() {
        EventEnvelope envelope = EventEnvelope.of(voicemail, ID, EventType.VOICEMAIL_LEFT.source());

        assertThat(envelope.headers()).containsExactly(
                entry("ce_specversion", "1.0"),
                entry("ce_id", ID.toString()),
                entry("ce_type", "se.telefonpolicy.pbx.voicemail-left.v1"),
                entry("ce_source", "/telefonpolicy/pbx-connector"),
                entry("ce_subject", "pbx-7f3a9c58"),
                entry("ce_datacontenttype", "application/json"),
                entry("content-type", "application/json"),
                entry("ce_time", "2026-11-30T09:03:10Z"));
        assertThat(envelope.key()).isEqualTo("e-2077");
        assertThat(envelope.topic()).isEqualTo("pbx.calls.v1");
        assertThat(envelope.data()).isEqualTo(EventJson.toJson(voicemail));
    }

    @Test
    void readsWhatItWrites() {
        EventEnvelope sent = EventEnvelope.of(voicemail);
        EventEnvelope received = EventEnvelope.fromKafka(sent.key(), sent.headers(), sent.data());

        assertThat(received).isEqualTo(sent);
        assertThat(received.event()).isEqualTo(voicemail);
    }

    @Test
    void readsAnyRfc3339Offset() {
        Map<String, String> headers = new HashMap<>(EventEnvelope.of(voicemail).headers());
        headers.put("ce_time", "2026-11-30T10:03:10+01:00");
        assertThat(EventEnvelope.fromKafka("e-2077", headers, EventJson.toJson(voicemail)).time())
                .isEqualTo(voicemail.leftAt());
    }

    @Test
    void tombstoneHasNoDataAndNoContentType() {
        EmployeeDeleted deleted = new EmployeeDeleted("e-2077", Instant.parse("2026-12-31T12:00:00Z"));
        EventEnvelope envelope = EventEnvelope.of(deleted);

        assertThat(envelope.data()).isNull();
        assertThat(envelope.headers()).doesNotContainKeys("content-type", "ce_datacontenttype")
                .containsEntry("ce_type", "se.telefonpolicy.directory.employee-deleted.v1")
                .containsEntry("ce_subject", "e-2077");
        assertThat(EventEnvelope.fromKafka("e-2077", envelope.headers(), null).event()).isEqualTo(deleted);
    }

    @Test
    void keyMustBeTheDatasKey() {
        EventEnvelope sent = EventEnvelope.of(voicemail);
        assertThatThrownBy(() -> EventEnvelope.fromKafka("u-bygglov", sent.headers(), sent.data()))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.field()).isEqualTo("key"));
    }

    @Test
    void subjectMustBeTheDatasSubject() {
        Map<String, String> headers = new HashMap<>(EventEnvelope.of(voicemail).headers());
        headers.put("ce_subject", "pbx-other");
        assertThatThrownBy(() -> EventEnvelope.fromKafka("e-2077", headers, EventJson.toJson(voicemail)))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.field()).isEqualTo("ce_subject"));
    }

    @Test
    void unknownTypeIsNamed() {
        Map<String, String> headers = new HashMap<>(EventEnvelope.of(voicemail).headers());
        headers.put("ce_type", "se.telefonpolicy.pbx.voicemail-left.v9");
        assertThatThrownBy(() -> EventEnvelope.fromKafka("e-2077", headers, EventJson.toJson(voicemail)))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.field()).isEqualTo("ce_type"));
    }

    @ParameterizedTest
    @EnumSource(value = Header.class)
    void missingOrMalformedHeaderIsNamed(Header header) {
        Map<String, String> headers = new HashMap<>(EventEnvelope.of(voicemail).headers());
        headers.put(header.name, header.bad);
        assertThatThrownBy(() -> EventEnvelope.fromKafka("e-2077", headers, EventJson.toJson(voicemail)))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.field()).isEqualTo(header.name));
        headers.remove(header.name);
        assertThatThrownBy(() -> EventEnvelope.fromKafka("e-2077", headers, EventJson.toJson(voicemail)))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.field()).isEqualTo(header.name));
    }

    @Test
    void dataIsValidatedToo() {
        EventEnvelope sent = EventEnvelope.of(voicemail);
        String bad = sent.data().replace("+46701234567", "0701234567");
        assertThatThrownBy(() -> EventEnvelope.fromKafka(sent.key(), sent.headers(), bad))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.field()).isEqualTo("callerNumber"));
    }

    @Test
    void sourceMayBeMoreSpecific() {
        URI source = URI.create("/telefonpolicy/pbx-connector/informera");
        EventEnvelope sent = EventEnvelope.of(voicemail, ID, source);
        assertThat(EventEnvelope.fromKafka(sent.key(), sent.headers(), sent.data()).source()).isEqualTo(source);
    }

    enum Header {
        SPEC_VERSION("ce_specversion", "0.3"),
        ID("ce_id", "not-a-uuid"),
        TYPE("ce_type", " "),
        SOURCE("ce_source", "not a uri"),
        TIME("ce_time", "yesterday"),
        SUBJECT("ce_subject", " ");

        final String name;
        final String bad;

        Header(String name, String bad) {
            this.name = name;
            this.bad = bad;
        }
    }
}
