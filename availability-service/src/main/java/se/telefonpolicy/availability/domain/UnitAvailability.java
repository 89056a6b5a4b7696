package se.telefonpolicy.availability.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import se.telefonpolicy.contracts.availability.DivertTarget;
import se.telefonpolicy.contracts.availability.PresenceStatus;

/**
 * The switchboard's view of a unit: who can answer now, and for everyone else what callers are
 * told, those back soonest first.
 *
 * @param unitId    the unit
 * @param asOf      when the view was made
 * @param canAnswer members AVAILABLE now, by name
 * @param others    everyone else: in a call first, then by return time (none last), then by name
 */
public record UnitAvailability(String unitId, Instant asOf, List<Entry> canAnswer, List<Entry> others) {

    /**
     * One member and their presence.
     *
     * @param status        absent when no status was ever reported for the person
     * @param returnOverdue true when the return time has passed: callers are being told something stale
     */
    public record Entry(String employeeId, String name, String title, String extension, PresenceStatus status,
            Instant since, Instant returnAt, String message, DivertTarget divertTarget, boolean returnOverdue) {
    }

    private static final Comparator<Entry> BY_NAME = Comparator.comparing(Entry::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Entry::employeeId);
    private static final Comparator<Entry> BACK_SOONEST = Comparator
            .comparing((Entry e) -> e.status() != PresenceStatus.IN_CALL)
            .thenComparing(Entry::returnAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(BY_NAME);

    /** Active members only; {@code presences} by employee id. */
    public static UnitAvailability of(String unitId, List<Member> members, Map<String, Presence> presences, Instant now) {
        List<Entry> canAnswer = new ArrayList<>();
        List<Entry> others = new ArrayList<>();
        for (Member m : members) {
            if (!m.active()) {
                continue;
            }
            Presence p = presences.get(m.employeeId());
            Entry entry = p == null
                    ? new Entry(m.employeeId(), m.displayName(), m.title(), m.extension(), null, null, null, null, null, false)
                    : new Entry(m.employeeId(), m.displayName(), m.title(), m.extension(), p.status(), p.since(),
                            p.returnAt(), p.message(), p.divertTarget(), p.returnAt() != null && p.returnAt().isBefore(now));
            (p != null && p.status() == PresenceStatus.AVAILABLE ? canAnswer : others).add(entry);
        }
        canAnswer.sort(BY_NAME);
        others.sort(BACK_SOONEST);
        return new UnitAvailability(unitId, now, List.copyOf(canAnswer), List.copyOf(others));
    }
}
