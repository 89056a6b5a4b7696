package se.telefonpolicy.callback.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

    // unit-own (manager mgr-own) under unit-top (manager mgr-top); unit-abs (manager emp-1 themself) under unit-top
    private final UnitTree units = new UnitTree(List.of(
            new UnitTree.Unit("unit-top", null, "mgr-top"),
            new UnitTree.Unit("unit-own", "unit-top", "mgr-own"),
            new UnitTree.Unit("unit-abs", "unit-top", "emp-1"),
            new UnitTree.Unit("unit-headless", null, null)));

    private Optional<Reassignment.Target> decide(CallbackTask t, Absence a) {
        return Reassignment.decide(t, a, units, null, person -> false);
    }

    @Test
    void onVacationPastTheDueTimeTheTaskGoesToTheColleagueTheCallsAreDivertedTo() {
        assertThat(decide(task,
                away(PresenceStatus.VACATION, "2026-12-07T07:00:00Z", DivertTargetKind.COLLEAGUE, "emp-2", "unit-abs")))
                .contains(new Reassignment.Target("emp-2", "unit-own", Reassignment.Kind.COLLEAGUE));
    }

    @Test
    void withoutAColleagueTheTaskGoesToTheManagerOfTheAbsencesUnitElseOfTheTasksElseOfTheHomeUnit() {
        assertThat(decide(task,
                away(PresenceStatus.SICK, "2026-12-03T07:00:00Z", DivertTargetKind.VOICEMAIL, null, "unit-own")))
                .contains(new Reassignment.Target("mgr-own", "unit-own", Reassignment.Kind.MANAGER));
        assertThat(decide(task,
                away(PresenceStatus.SICK, "2026-12-03T07:00:00Z", DivertTargetKind.UNIT, "unit-x", null)))
                .contains(new Reassignment.Target("mgr-own", "unit-own", Reassignment.Kind.MANAGER));
        // diverted to themselves: no colleague to take it
        assertThat(decide(task, away(PresenceStatus.OUT_OF_OFFICE, null, DivertTargetKind.COLLEAGUE, "emp-1", null)))
                .contains(new Reassignment.Target("mgr-own", "unit-own", Reassignment.Kind.MANAGER));
        // a personal task (no unit of its own): the assignee's unit from the directory
        CallbackTask personal = CallbackTask.open(UUID.randomUUID(), CallbackOrigin.VOICEMAIL, "emp-1", null, "c",
                "+46701234567", task.receivedAt(), task.dueAt());
        assertThat(Reassignment.decide(personal, away(PresenceStatus.SICK, null, null, null, null), units, "unit-own",
                person -> false))
                .contains(new Reassignment.Target("mgr-own", "unit-own", Reassignment.Kind.MANAGER));
    }

    @Test
    void anAbsentManagerPassesTheirTaskToTheManagerAboveNotToThemselves() {
        CallbackTask personal = CallbackTask.open(UUID.randomUUID(), CallbackOrigin.VOICEMAIL, "emp-1", null, "c",
                "+46701234567", task.receivedAt(), task.dueAt());
        assertThat(decide(personal, away(PresenceStatus.VACATION, null, null, null, "unit-abs")))
                .contains(new Reassignment.Target("mgr-top", "unit-abs", Reassignment.Kind.MANAGER));
    }

    @Test
    void aManagerAwayPastTheDueTimeTooIsPassedOverForTheOneAbove() {
        assertThat(Reassignment.decide(task, away(PresenceStatus.SICK, null, null, null, "unit-own"), units, null,
                "mgr-own"::equals)).contains(new Reassignment.Target("mgr-top", "unit-own", Reassignment.Kind.MANAGER));
        assertThat(Reassignment.decide(task, away(PresenceStatus.SICK, null, null, null, "unit-own"), units, null,
                person -> true)).isEmpty();
    }

    @Test
    void withoutAColleagueOrAManagerUpTheTreeTheTaskStays() {
        CallbackTask personal = CallbackTask.open(UUID.randomUUID(), CallbackOrigin.VOICEMAIL, "emp-1", null, "c",
                "+46701234567", task.receivedAt(), task.dueAt());
        Absence headless = away(PresenceStatus.VACATION, null, null, null, "unit-headless");
        assertThat(Reassignment.applies(personal, headless)).isTrue();
        assertThat(decide(personal, headless)).isEmpty();
        // a unit the directory does not know
        assertThat(decide(personal, away(PresenceStatus.VACATION, null, null, null, "unit-unknown"))).isEmpty();
    }

    @Test
    void noReturnTimeCountsAsAwayPastTheDueTime() {
        assertThat(decide(task, away(PresenceStatus.SICK, null, DivertTargetKind.COLLEAGUE, "emp-2", null)))
                .contains(new Reassignment.Target("emp-2", "unit-own", Reassignment.Kind.COLLEAGUE));
    }

    @Test
    void backByTheDueTimeOrNotAwayTheTaskStays() {
        assertThat(decide(task,
                away(PresenceStatus.VACATION, "2026-12-02T07:00:00Z", DivertTargetKind.COLLEAGUE, "emp-2", null)))
                .isEmpty();
        // back exactly at the due time is in time
        assertThat(decide(task,
                away(PresenceStatus.MEETING, "2026-12-02T16:00:00Z", DivertTargetKind.COLLEAGUE, "emp-2", null)))
                .isEmpty();
        assertThat(decide(task, away(PresenceStatus.AVAILABLE, null, null, null, "unit-abs"))).isEmpty();
        assertThat(decide(task, away(PresenceStatus.IN_CALL, null, null, null, "unit-abs"))).isEmpty();
    }

    @Test
    void anotherPersonsAbsenceAClosedTaskOrAUnitTaskStays() {
        Absence other = new Absence("emp-9", "unit-abs", PresenceStatus.VACATION, null, DivertTargetKind.COLLEAGUE,
                "emp-2", CHANGED);
        assertThat(decide(task, other)).isEmpty();
        Absence vacation = away(PresenceStatus.VACATION, null, DivertTargetKind.COLLEAGUE, "emp-2", null);
        CallbackTask done = task.completed(CallbackOutcome.REACHED, CHANGED, "emp-1");
        assertThat(decide(done, vacation)).isEmpty();
        CallbackTask unitTask = CallbackTask.open(UUID.randomUUID(), CallbackOrigin.VOICEMAIL, null, "unit-own", "c",
                "+46701234567", task.receivedAt(), task.dueAt());
        assertThat(decide(unitTask, vacation)).isEmpty();
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
