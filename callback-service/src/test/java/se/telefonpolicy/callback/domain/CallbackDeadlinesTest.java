package se.telefonpolicy.callback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.callback.CallbackOrigin;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;

class CallbackDeadlinesTest {

    private final CallbackDeadlines deadlines = new CallbackDeadlines(WorkingCalendar.sweden(), 2);

    @Test
    void theChristmasWeekPushesTheDeadlineToMonday() {
        // Tue 2026-12-22 09:00 Stockholm → Mon 2026-12-28 17:00 Stockholm
        CallbackTask task = deadlines.openFor(new VoicemailLeft("call-1", "emp-1", null, "+46701234567",
                Instant.parse("2026-12-22T08:00:00Z"), 10));
        assertThat(task.dueAt()).isEqualTo(Instant.parse("2026-12-28T16:00:00Z"));
        assertThat(task.origin()).isEqualTo(CallbackOrigin.VOICEMAIL);
        assertThat(task.status()).isEqualTo(CallbackTask.TaskStatus.OPEN);
    }

    @Test
    void theSameCallAlwaysGivesTheSameTaskId() {
        var first = new VoicemailLeft("call-9", null, "unit-kc", null, Instant.parse("2026-12-04T17:30:00Z"), 5);
        assertThat(deadlines.openFor(first).id()).isEqualTo(deadlines.openFor(first).id());
        assertThat(deadlines.openFor(first).unitId()).isEqualTo("unit-kc");
    }

    @Test
    void zeroWorkingDaysIsRefused() {
        assertThatThrownBy(() -> new CallbackDeadlines(WorkingCalendar.sweden(), 0))
                .hasMessageContaining("workingDays");
    }
}
