package se.telefonpolicy.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.SerializationFeature;

import se.telefonpolicy.contracts.pbx.VoicemailLeft;

class EventJsonTest {

    private final VoicemailLeft voicemail =
            new VoicemailLeft("pbx-7f3a9c58", "e-2077", null, null, Instant.parse("2026-11-30T09:03:10.250Z"), 42);

    @Test
    void writesUtcInstantsAsStringsAndLeavesAbsentFieldsOut() {
        assertThat(EventJson.toJson(voicemail)).isEqualTo(
                "{\"callId\":\"pbx-7f3a9c58\",\"employeeId\":\"e-2077\",\"leftAt\":\"2026-11-30T09:03:10.250Z\",\"durationSeconds\":42}");
    }

    @Test
    void ignoresUnknownFieldsSoProducersCanAddOptionalOnes() {
        String newer = "{\"callId\":\"pbx-7f3a9c58\",\"employeeId\":\"e-2077\",\"leftAt\":\"2026-11-30T09:03:10.250Z\","
                + "\"durationSeconds\":42,\"transcript\":{\"language\":\"sv\"}}";
        VoicemailLeft read = EventJson.fromJson(EventType.VOICEMAIL_LEFT, newer);
        assertThat(read).isEqualTo(voicemail);
    }

    @Test
    void readsBytes() {
        VoicemailLeft read = EventJson.fromJson(EventType.VOICEMAIL_LEFT, EventJson.toJsonBytes(voicemail));
        assertThat(read).isEqualTo(voicemail);
    }

    @Test
    void recordMethodsOfTheInterfaceAreNotJsonProperties() {
        assertThat(EventJson.toJson(voicemail)).doesNotContain("\"type\"", "\"key\"", "\"subject\"", "\"occurredAt\"");
    }

    @Test
    void mapperIsACopyThatCannotChangeHowEventsAreRead() {
        EventJson.mapper().enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        assertThat(EventJson.toJson(voicemail)).contains("\"2026-11-30T09:03:10.250Z\"");
    }
}
