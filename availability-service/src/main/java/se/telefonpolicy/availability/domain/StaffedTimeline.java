package se.telefonpolicy.availability.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A service desk's staffed count over a stretch of event time, from its members' presence changes applied in
 * event-time order: the same changes give the same timeline whatever order they were read in.
 *
 * @param countAtFrom the members staffed at the start of the stretch
 * @param changes     the count after each change, in event-time order, at whole seconds
 */
public record StaffedTimeline(int countAtFrom, List<StaffedCount> changes) {

    /** Event time, ties broken by employee id, so that changes of one instant always apply in one order. */
    public static final Comparator<Presence> EVENT_TIME_ORDER = Comparator.comparing(Presence::since)
            .thenComparing(Presence::employeeId);

    public StaffedTimeline {
        changes = List.copyOf(changes);
    }

    /**
     * @param staffedAtFrom the members whose latest status at the start was AVAILABLE or IN_CALL
     * @param changes       the members' later changes, in any order
     */
    public static StaffedTimeline of(Collection<String> staffedAtFrom, Collection<Presence> changes) {
        Set<String> staffed = new HashSet<>(staffedAtFrom);
        int countAtFrom = staffed.size();
        List<StaffedCount> counts = new ArrayList<>();
        changes.stream().sorted(EVENT_TIME_ORDER).forEach(change -> {
            if (change.staffed()) {
                staffed.add(change.employeeId());
            } else {
                staffed.remove(change.employeeId());
            }
            counts.add(new StaffedCount(effectiveAt(change.since()), staffed.size()));
        });
        return new StaffedTimeline(countAtFrom, counts);
    }

    /** Coverage is counted in whole seconds: a change takes effect at the start of its second. */
    public static Instant effectiveAt(Instant changedAt) {
        return changedAt.truncatedTo(ChronoUnit.SECONDS);
    }
}
