package se.telefonpolicy.callback.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.contracts.availability.DivertTargetKind;
import se.telefonpolicy.contracts.availability.PresenceStatus;
import se.telefonpolicy.contracts.callback.CallbackOrigin;
import se.telefonpolicy.contracts.callback.CallbackOutcome;

class ReassignmentTest {

    private static final Instant CHANGED = Instant.parse("2026-11-30T12:00:00Z");
    // left Mon 2026-11-30 10:00, due Wed 2026-12-02 17:00 Stockholm
    private final CallbackTask task = CallbackTask.open(UUID.randomUUID(), CallbackOrigin.VOICEMAIL, "emp-1", "unit-own",
            "call-1", "+46701234567", Instant.parse("2026-11-30T09:00:00Z"), Instant.parse("2026-12-02T16:00:00Z"));

    private static Absence away(PresenceStatus status, String returnAt, DivertTargetKind kind, String target,
            String unit) {
        return new Absence("emp-1", unit, status, returnAt == null ? null : Instant.parse(returnAt), kind, target,
                CHANGED);
    }

    @Test
    void onVacationPastTheDueTimeTheTaskGoesToTheColleagueTheCallsAreDivertedTo() {
        var target = Reassignment.decide(task,
                away(PresenceStatus.VACATION, "2026-12-07T07:00:00Z", DivertTargetKind.COLLEAGUE, "emp-2", "unit-abs"));
        assertThat(target).contains(new Reassignment.Target("emp-2", "unit-own"));
        assertThat(target.get().isUnitQueue()).isFalse();
    }

    @Test
    void withoutAColleagueTheTaskGoesToTheUnitQueueOfTheAbsenceElseOfTheTask() {
        assertThat(Reassignment.decide(task,
                away(PresenceStatus.SICK, "2026-12-03T07:00:00Z", DivertTargetKind.VOICEMAIL, null, "unit-abs")))
                .contains(new Reassignment.Target(null, "unit-abs"));
        assertThat(Reassignment.decide(task,
                away(PresenceStatus.SICK, "2026-12-03T07:00:00Z", DivertTargetKind.UNIT, "unit-x", null)))
                .contains(new Reassignment.Target(null, "unit-own"));
        // diverted to themselves: no colleague to take it
        assertThat(Reassignment.decide(task,
                away(PresenceStatus.OUT_OF_OFFICE, null, DivertTargetKind.COLLEAGUE, "emp-1", null)))
                .contains(new Reassignment.Target(null, "unit-own"));
    }

    @Test
    void noReturnTimeCountsAsAwayPastTheDueTime() {
        assertThat(Reassignment.decide(task, away(PresenceStatus.SICK, null, DivertTargetKind.COLLEAGUE, "emp-2", null)))
                .contains(new Reassignment.Target("emp-2", "unit-own"));
    }

    @Test
    void backByTheDueTimeOrNotAwayTheTaskStays() {
        assertThat(Reassignment.decide(task,
                away(PresenceStatus.VACATION, "2026-12-02T07:00:00Z", DivertTargetKind.COLLEAGUE, "emp-2", null)))
                .isEmpty();
        // back exactly at the due time is in time
        assertThat(Reassignment.decide(task,
                away(PresenceStatus.MEETING, "2026-12-02T16:00:00Z", DivertTargetKind.COLLEAGUE, "emp-2", null)))
                .isEmpty();
        assertThat(Reassignment.decide(task, away(PresenceStatus.AVAILABLE, null, null, null, "unit-abs"))).isEmpty();
        assertThat(Reassignment.decide(task, away(PresenceStatus.IN_CALL, null, null, null, "unit-abs"))).isEmpty();
    }

    @Test
    void anotherPersonsAbsenceAClosedTaskOrAUnitTaskStays() {
        Absence other = new Absence("emp-9", "unit-abs", PresenceStatus.VACATION, null, DivertTargetKind.COLLEAGUE,
                "emp-2", CHANGED);
        assertThat(Reassignment.decide(task, other)).isEmpty();
        Absence vacation = away(PresenceStatus.VACATION, null, DivertTargetKind.COLLEAGUE, "emp-2", null);
        CallbackTask done = task.completed(CallbackOutcome.REACHED, CHANGED, "emp-1");
        assertThat(Reassignment.decide(done, vacation)).isEmpty();
        CallbackTask unitTask = CallbackTask.open(UUID.randomUUID(), CallbackOrigin.VOICEMAIL, null, "unit-own", "c",
                "+46701234567", task.receivedAt(), task.dueAt());
        assertThat(Reassignment.decide(unitTask, vacation)).isEmpty();
    }

    @Test
    void aNoLessRecentChangeSupersedesTheStoredOneAnOlderDoesNot() {
        Absence stored = away(PresenceStatus.VACATION, null, null, null, null);
        Absence older = new Absence("emp-1", null, PresenceStatus.AVAILABLE, null, null, null, CHANGED.minusSeconds(1));
        Absence same = new Absence("emp-1", null, PresenceStatus.VACATION, null, null, null, CHANGED);
        assertThat(older.supersedes(stored)).isFalse();
        assertThat(same.supersedes(stored)).isTrue();
        assertThat(older.supersedes(null)).isTrue();
    }

    @Test
    void reassigningKeepsTheDeadlineAndTheCounts() {
        CallbackTask moved = task.withMessage(Instant.parse("2026-11-30T09:30:00Z")).reassignedTo("emp-2", "unit-own");
        assertThat(moved.employeeId()).isEqualTo("emp-2");
        assertThat(moved.dueAt()).isEqualTo(task.dueAt());
        assertThat(moved.messageCount()).isEqualTo(2);
        assertThat(moved.id()).isEqualTo(task.id());
    }
}
