package se.telefonpolicy.availability.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.contracts.availability.PresenceSource;
import se.telefonpolicy.contracts.availability.PresenceStatus;

/** A desk's staffed count from its members' changes, whatever order they were read in. */
class StaffedTimelineTest {

    private static final Instant T = Instant.parse("2026-11-30T07:00:00Z");

    private static Presence change(String employeeId, int secondsAfterT, PresenceStatus status) {
        return new Presence(employeeId, status, T.plusSeconds(secondsAfterT),
                status.requiresReturnTime() ? T.plusSeconds(7200) : null, null, null, PresenceSource.PBX);
    }

    @Test
    void availableAndInCallCountOthersDoNot() {
        var timeline = StaffedTimeline.of(Set.of("anna"), List.of(
                change("bo", 60, PresenceStatus.AVAILABLE),
                change("anna", 120, PresenceStatus.IN_CALL),
                change("bo", 180, PresenceStatus.LUNCH),
                change("anna", 240, PresenceStatus.MEETING)));

        assertThat(timeline.countAtFrom()).isEqualTo(1);
        assertThat(timeline.changes()).containsExactly(new StaffedCount(T.plusSeconds(60), 2),
                new StaffedCount(T.plusSeconds(120), 2), new StaffedCount(T.plusSeconds(180), 1),
                new StaffedCount(T.plusSeconds(240), 0));
    }

    @Test
    void anyReadOrderOfTheSameChangesGivesTheSameTimeline() {
        List<Presence> changes = new ArrayList<>();
        String[] people = { "anna", "bo", "cia", "dan" };
        PresenceStatus[] statuses = { PresenceStatus.AVAILABLE, PresenceStatus.IN_CALL, PresenceStatus.LUNCH,
                PresenceStatus.MEETING };
        Random random = new Random(16);
        for (int i = 0; i < 40; i++) {
            // few distinct instants, so that several people change in the same second
            changes.add(change(people[i % 4], 60 * (i / 3), statuses[random.nextInt(4)]));
        }
        var expected = StaffedTimeline.of(Set.of("cia"), changes);
        for (int run = 0; run < 50; run++) {
            List<Presence> shuffled = new ArrayList<>(changes);
            Collections.shuffle(shuffled, random);
            assertThat(StaffedTimeline.of(Set.of("cia"), shuffled)).isEqualTo(expected);
        }
    }

    @Test
    void changesOfOneInstantApplyByEmployeeIdAndTakeEffectAtTheStartOfTheirSecond() {
        var timeline = StaffedTimeline.of(Set.of(), List.of(
                new Presence("bo", PresenceStatus.AVAILABLE, T.plusMillis(900), null, null, null, PresenceSource.PBX),
                new Presence("anna", PresenceStatus.AVAILABLE, T.plusMillis(900), null, null, null, PresenceSource.PBX)));

        assertThat(timeline.changes()).containsExactly(new StaffedCount(T, 1), new StaffedCount(T, 2));
        assertThat(StaffedTimeline.effectiveAt(T.plusMillis(999))).isEqualTo(T);
    }
}
