package se.telefonpolicy.callback.domain;

import java.time.Instant;
import java.util.UUID;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.callback.CallbackOrigin;
import se.telefonpolicy.contracts.pbx.CallMissed;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;

/** CALLBACK_2WD: a message left opens a task due at the end of the N-th working day after. */
public final class CallbackDeadlines {

    private final WorkingCalendar calendar;
    private final int workingDays;

    public CallbackDeadlines(WorkingCalendar calendar, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("workingDays must be at least 1, was " + workingDays);
        }
        this.calendar = calendar;
        this.workingDays = workingDays;
    }

    /**
     * The task a voicemail opens. Its id comes from the call, so the same voicemail delivered twice
     * (a PBX resend with a new event id) still opens one task.
     */
    public CallbackTask openFor(VoicemailLeft voicemail) {
        Instant due = calendar.callbackDue(voicemail.leftAt(), workingDays);
        UUID id = UUID.nameUUIDFromBytes(("voicemail/" + voicemail.callId()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return CallbackTask.open(id, CallbackOrigin.VOICEMAIL, voicemail.employeeId(), voicemail.unitId(),
                voicemail.callId(), voicemail.callerNumber(), voicemail.leftAt(), due);
    }

    /**
     * The task a missed call to a unit opens (for units whose directory settings say so): the unit's,
     * nobody's in particular, due as a voicemail would be. Its id comes from the call as well.
     */
    public CallbackTask openFor(CallMissed missed) {
        Instant due = calendar.callbackDue(missed.missedAt(), workingDays);
        UUID id = UUID.nameUUIDFromBytes(("missed-call/" + missed.callId()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return CallbackTask.open(id, CallbackOrigin.MISSED_CALL, null, missed.unitId(), missed.callId(),
                missed.callerNumber(), missed.missedAt(), due);
    }
}
