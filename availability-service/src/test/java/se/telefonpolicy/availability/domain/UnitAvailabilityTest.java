package se.telefonpolicy.availability.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.contracts.availability.PresenceSource;
import se.telefonpolicy.contracts.availability.PresenceStatus;

class UnitAvailabilityTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant EARLIER = Instant.parse("2026-11-30T08:00:00Z");

    private static Member member(String id, String first, boolean active) {
        return new Member(id, "unit-kc", first, "Svensson", null, "1234", active, EARLIER);
    }

    private static Presence presence(String id, PresenceStatus status, Instant returnAt) {
        return new Presence(id, status, EARLIER, returnAt, null, null, PresenceSource.PBX);
    }

    @Test
    void theAvailableCanAnswerAndTheOthersAreSortedByWhenTheyAreBack() {
        var view = UnitAvailability.of("unit-kc", List.of(
                member("e-vacation", "Vera", true),
                member("e-unknown", "Ulla", true),
                member("e-lunch", "Lars", true),
                member("e-available-b", "Britt", true),
                member("e-call", "Cecilia", true),
                member("e-available-a", "Anna", true),
                member("e-overdue", "Olle", true),
                member("e-gone", "Gustav", false)), Map.of(
                        "e-vacation", presence("e-vacation", PresenceStatus.VACATION, Instant.parse("2026-12-07T07:00:00Z")),
                        "e-lunch", presence("e-lunch", PresenceStatus.LUNCH, Instant.parse("2026-11-30T10:45:00Z")),
                        "e-available-a", presence("e-available-a", PresenceStatus.AVAILABLE, null),
                        "e-available-b", presence("e-available-b", PresenceStatus.AVAILABLE, null),
                        "e-call", presence("e-call", PresenceStatus.IN_CALL, null),
                        "e-overdue", presence("e-overdue", PresenceStatus.MEETING, Instant.parse("2026-11-30T09:30:00Z")),
                        "e-gone", presence("e-gone", PresenceStatus.AVAILABLE, null)), NOW);

        assertThat(view.canAnswer()).extracting(UnitAvailability.Entry::employeeId)
                .containsExactly("e-available-a", "e-available-b");
        assertThat(view.others()).extracting(UnitAvailability.Entry::employeeId)
                .containsExactly("e-call", "e-overdue", "e-lunch", "e-vacation", "e-unknown");
        assertThat(view.others().get(1).returnOverdue()).isTrue();
        assertThat(view.others().get(2).returnOverdue()).isFalse();
        assertThat(view.others().get(4).status()).isNull();
        assertThat(view.canAnswer().get(0).name()).isEqualTo("Anna Svensson");
    }
}
