package se.telefonpolicy.staffweb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.contracts.availability.DivertTargetKind;
import se.telefonpolicy.contracts.availability.PresenceStatus;

class StatusWordsTest {

    // Monday 7 December 2026, 11:00 in Stockholm (CET)
    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final Instant TODAY_1230 = Instant.parse("2026-12-07T11:30:00Z");

    @Test
    void lunchWithAReturnTimeToday() {
        assertThat(StatusWords.callerHears("Mattias Holmberg", PresenceStatus.LUNCH, TODAY_1230, null, null, NOW))
                .isEqualTo("Mattias Holmberg är på lunch och är tillbaka i dag 12:30.");
    }

    @Test
    void theMessageAndTheDiversionFollow() {
        assertThat(StatusWords.callerHears("Mattias Holmberg", PresenceStatus.MEETING, TODAY_1230,
                "Ring växeln vid brådskande ärenden", DivertTargetKind.VOICEMAIL, NOW))
                .isEqualTo("Mattias Holmberg är på möte och är tillbaka i dag 12:30. Ring växeln vid brådskande "
                        + "ärenden. Du kan lämna ett meddelande i röstbrevlådan.");
    }

    @Test
    void aStatusWithoutReturnTimeSaysSo() {
        assertThat(StatusWords.callerHears("Petra Norberg", PresenceStatus.SICK, null, null, null, NOW))
                .isEqualTo("Petra Norberg är sjukfrånvarande. Ingen återkomsttid är angiven.");
    }

    @Test
    void availableIsPutThrough() {
        assertThat(StatusWords.callerHears("Petra Norberg", PresenceStatus.AVAILABLE, null, null, null, NOW))
                .isEqualTo("Samtalet kopplas fram till Petra Norberg.");
        assertThat(StatusWords.callerHears("Petra Norberg", null, null, null, null, NOW))
                .isEqualTo("Samtalet kopplas fram till Petra Norberg.");
    }

    @Test
    void inACall() {
        assertThat(StatusWords.callerHears("Petra Norberg", PresenceStatus.IN_CALL, null, null, null, NOW))
                .isEqualTo("Petra Norberg är upptagen i ett samtal. Du kan lämna ett meddelande.");
    }

    @Test
    void namesInSwedish() {
        assertThat(StatusWords.name(PresenceStatus.OFF_DUTY)).isEqualTo("har gått för dagen");
        assertThat(StatusWords.name(null)).isEqualTo("okänd");
        assertThat(StatusWords.title(PresenceStatus.LUNCH)).isEqualTo("På lunch");
        assertThat(StatusWords.title(PresenceStatus.SICK)).isEqualTo("Sjukfrånvarande");
        assertThat(StatusWords.title(null)).isEqualTo("Okänd");
        for (PresenceStatus s : PresenceStatus.values()) {
            assertThat(StatusWords.title(s)).isNotBlank().doesNotContain("_");
        }
    }
}
