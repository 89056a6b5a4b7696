package se.telefonpolicy.staffweb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.contracts.availability.PresenceStatus;

class PresenceLineTest {

    static final Instant NOW = at("2026-12-07T11:00");

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SwedishTime.ZONE).toInstant();
    }

    @Test
    void lunchUntilLaterToday() {
        PresenceLine line = PresenceLine.of(PresenceStatus.LUNCH, at("2026-12-07T10:55"), at("2026-12-07T12:30"),
                "  Åter efter lunch ", NOW);
        assertThat(line.status()).isEqualTo("På lunch");
        assertThat(line.since()).isEqualTo("i dag 10:55");
        assertThat(line.returns()).isEqualTo("i dag 12:30");
        assertThat(line.message()).isEqualTo("Åter efter lunch");
        assertThat(line.overdue()).isFalse();
        assertThat(line.returnMissing()).isFalse();
        assertThat(line.cssClass()).isEqualTo("borta");
    }

    @Test
    void aReturnTimePassedIsOverdue() {
        PresenceLine line = PresenceLine.of(PresenceStatus.MEETING, at("2026-12-07T09:00"), at("2026-12-07T10:00"),
                null, NOW);
        assertThat(line.overdue()).isTrue();
        assertThat(line.returns()).isEqualTo("i dag 10:00");
        assertThat(line.cssClass()).isEqualTo("inaktuell");
    }

    @Test
    void availableHasNoReturnTimeEvenIfOneIsSent() {
        PresenceLine line = PresenceLine.of(PresenceStatus.AVAILABLE, at("2026-12-07T08:00"), at("2026-12-07T10:00"),
                "", NOW);
        assertThat(line.status()).isEqualTo("Tillgänglig");
        assertThat(line.returns()).isNull();
        assertThat(line.overdue()).isFalse();
        assertThat(line.returnMissing()).isFalse();
        assertThat(line.message()).isNull();
        assertThat(line.cssClass()).isEqualTo("tillganglig");
    }

    @Test
    void aDiversionWithoutReturnTimeSaysItIsMissing() {
        PresenceLine line = PresenceLine.of(PresenceStatus.SICK, at("2026-12-07T08:00"), null, null, NOW);
        assertThat(line.returnMissing()).isTrue();
        assertThat(line.returns()).isNull();
        assertThat(line.overdue()).isFalse();
    }

    @Test
    void theServicesVerdictCounts() {
        PresenceLine line = PresenceLine.of(PresenceStatus.LUNCH, null, at("2026-12-07T12:30"), null, NOW);
        assertThat(line.overdue(false).overdue()).isFalse();
        assertThat(line.overdue(true).overdue()).isTrue();
        assertThat(line.overdue(true).cssClass()).isEqualTo("inaktuell");
    }

    @Test
    void unknownIsNeitherAvailableNorAway() {
        PresenceLine line = PresenceLine.unknown();
        assertThat(line.known()).isFalse();
        assertThat(line.available()).isFalse();
        assertThat(line.status()).isEqualTo("Status okänd");
    }
}
