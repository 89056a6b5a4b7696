package se.telefonpolicy.simulator.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import se.telefonpolicy.calendar.TimeRange;
import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.availability.PresenceStatus;
import se.telefonpolicy.contracts.pbx.CallAnswered;
import se.telefonpolicy.contracts.pbx.CallMissed;
import se.telefonpolicy.contracts.pbx.CallOffered;
import se.telefonpolicy.contracts.pbx.CallTransferred;
import se.telefonpolicy.contracts.pbx.MissedCallReason;
import se.telefonpolicy.contracts.pbx.OutboundCallPlaced;
import se.telefonpolicy.contracts.pbx.PbxStatusChanged;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.simulator.domain.Municipality.Employee;
import se.telefonpolicy.simulator.domain.Municipality.Unit;

/**
 * A municipality's working days, as its PBX would report them: everyone's presence (lunch, meetings, some
 * diversions without a return time, some people back later than they said), calls by hour along a daily curve,
 * answered or missed by who is there, messages left, transfers (some bounced), callbacks with realistic delays
 * (some late, some never), and a contact centre whose staff now and then all go to lunch at once.
 *
 * <p>Plain Java and deterministic: the same municipality, settings and seed give the same events, ids included.
 * Nothing after {@code settings.now()} is emitted; what the simulated people would do later has not happened yet.
 */
public final class Simulator {

    /** Share of calls by hour from 08 to 16: a morning peak, a lunch dip, an afternoon peak. */
    private static final double[] HOURLY_CURVE = { 0.08, 0.16, 0.16, 0.12, 0.07, 0.13, 0.13, 0.10, 0.05 };
    private static final LocalTime DAY_START = LocalTime.of(8, 0);
    private static final LocalTime CALLS_END = LocalTime.of(16, 30);
    /** Desk lunch groups: four 28-minute slots, so that a member never leaves as another comes back. */
    private static final int LUNCH_GROUPS = 4;
    /** Swedish mobile series (070, 072, 073, 076) without the trunk zero. */
    private static final String[] MOBILE_PREFIXES = { "70", "72", "73", "76" };

    private final Municipality municipality;
    private final Settings settings;
    private final WorkingCalendar calendar;
    private final ZoneId zone;
    private final Random random;

    private final List<Timed> events = new ArrayList<>();
    private final List<Truth.Call> calls = new ArrayList<>();
    private final List<Truth.Task> tasks = new ArrayList<>();
    private final List<Truth.Diversion> diversions = new ArrayList<>();
    private final List<Truth.DeskDay> deskDays = new ArrayList<>();
    /** Each person's day as status segments; what a call finds when it rings. */
    private final Map<String, List<Segment>> presence = new LinkedHashMap<>();
    private final Set<String> usedNumbers = new HashSet<>();
    private int callSeq;

    /**
     * How to simulate.
     *
     * @param seed              the random seed: the same seed, the same events
     * @param from              first day simulated
     * @param to                last day simulated (inclusive)
     * @param now               nothing later is emitted
     * @param callbackWorkingDays CALLBACK_2WD's N
     * @param staleGrace        DIVERSION_STALE's grace; a late return is made clearly longer than it
     */
    public record Settings(long seed, LocalDate from, LocalDate to, Instant now, int callbackWorkingDays,
            Duration staleGrace) {

        public Settings {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(now, "now");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("to is before from");
            }
        }

        public static Settings of(long seed, LocalDate from, LocalDate to, Instant now) {
            return new Settings(seed, from, to, now, 2, Duration.ofMinutes(15));
        }
    }

    /** The events in time order (ties in the order they were made) and the truth behind them. */
    public record Simulation(List<DomainEvent> events, Truth truth) {
    }

    private record Timed(Instant at, int order, DomainEvent event) {
    }

    private record Segment(PresenceStatus status, Instant start, Instant end) {
    }

    private Simulator(Municipality municipality, Settings settings, WorkingCalendar calendar) {
        this.municipality = municipality;
        this.settings = settings;
        this.calendar = calendar;
        this.zone = calendar.zone();
        this.random = new Random(settings.seed());
    }

    public static Simulation run(Municipality municipality, Settings settings, WorkingCalendar calendar) {
        return new Simulator(municipality, settings, calendar).simulate();
    }

    private Simulation simulate() {
        List<LocalDate> days = settings.from().datesUntil(settings.to().plusDays(1))
                .filter(calendar::isWorkingDay).toList();
        if (!days.isEmpty()) {
            Instant morning = at(days.get(0), DAY_START.minusMinutes(30));
            for (Employee e : municipality.employees()) {
                emit(morning, status(e, PresenceStatus.AVAILABLE, morning, null, null));
            }
        }
        for (LocalDate day : days) {
            presence.clear();
            for (Unit unit : municipality.units()) {
                if (unit.serviceDesk()) {
                    deskPresence(unit, day);
                } else {
                    for (Employee e : municipality.membersOf(unit.id())) {
                        officerPresence(e, day);
                    }
                }
            }
            for (Unit unit : municipality.units()) {
                if (unit.serviceDesk()) {
                    deskCalls(unit, day);
                    deskDays.add(deskDay(unit, day));
                } else {
                    for (Employee e : municipality.membersOf(unit.id())) {
                        officerCalls(e, day);
                    }
                }
            }
        }
        events.sort(Comparator.comparing(Timed::at).thenComparingInt(Timed::order));
        List<DomainEvent> emitted = events.stream().filter(t -> !t.at().isAfter(settings.now()))
                .map(Timed::event).toList();
        return new Simulation(emitted, new Truth(List.copyOf(calls), List.copyOf(tasks),
                List.copyOf(diversions), List.copyOf(deskDays)));
    }

    // --- presence ---------------------------------------------------------------------------------------

    /** An officer: lunch (now and then back late), sometimes a meeting, rarely one without a return time. */
    private void officerPresence(Employee e, LocalDate day) {
        Instant lunch = at(day, LocalTime.of(11, 30).plusMinutes(5L * random.nextInt(13)));
        Instant lunchReturn = lunch.plus(Duration.ofMinutes(40));
        Instant lunchEnd = random.nextDouble() < 0.07
                ? lunchReturn.plus(settings.staleGrace()).plus(Duration.ofMinutes(5 + random.nextInt(21)))
                : lunchReturn;
        divert(e, PresenceStatus.LUNCH, lunch, lunchReturn, lunchEnd, "Lunch");

        double meeting = random.nextDouble();
        if (meeting < 0.29) {
            Instant start = at(day, LocalTime.of(14, 0).plusMinutes(5L * random.nextInt(19)));
            Instant end = start.plus(Duration.ofMinutes(30 + 5L * random.nextInt(7)));
            // a manager always gives a return time: callback-service moves the tasks of someone away with none to
            // their manager, and a manager's own to the manager above, in another unit than the one calling back
            boolean withoutReturnTime = meeting < 0.04 && !municipality.isManager(e.id());
            divert(e, PresenceStatus.MEETING, start, withoutReturnTime ? null : end, end, "Möte");
        }
    }

    /**
     * A contact centre's members lunch in four groups, so the desk stays staffed; on Tuesdays and Thursdays
     * everyone goes at once (20 or 30 minutes), a gap longer than SERVICE_DESK_STAFFED's grace.
     */
    private void deskPresence(Unit unit, LocalDate day) {
        List<Employee> members = municipality.membersOf(unit.id());
        boolean gapDay = day.getDayOfWeek() == DayOfWeek.TUESDAY || day.getDayOfWeek() == DayOfWeek.THURSDAY;
        LocalTime gapStart = gapStart(unit, day);
        // the closing of an opening range ends the gap in open time; they are back after 30 minutes either way
        for (int i = 0; i < members.size(); i++) {
            Employee e = members.get(i);
            if (gapDay && gapStart != null) {
                Instant start = at(day, gapStart);
                Instant end = start.plus(Duration.ofMinutes(gapStart.equals(LocalTime.NOON) ? 20 : 30));
                divert(e, PresenceStatus.LUNCH, start, end, end, "Lunch");
            } else {
                Instant start = at(day, LocalTime.of(11, 1).plusMinutes(30L * (i % LUNCH_GROUPS)));
                Instant end = start.plus(Duration.ofMinutes(28));
                divert(e, PresenceStatus.LUNCH, start, end, end, "Lunch");
            }
        }
    }

    /**
     * When everyone goes at once: 12:00 if the desk is open 12:00–12:20; else 15 minutes before an opening range
     * that closes for lunch (11:30–13:30), so the first quarter of their lunch is open time; else two hours in.
     */
    private static LocalTime gapStart(Unit unit, LocalDate day) {
        List<TimeRange> open = unit.openOn(day);
        for (TimeRange range : open) {
            if (!range.start().isAfter(LocalTime.NOON) && !range.end().isBefore(LocalTime.of(12, 20))) {
                return LocalTime.NOON;
            }
        }
        for (TimeRange range : open) {
            if (!range.end().isBefore(LocalTime.of(11, 30)) && !range.end().isAfter(LocalTime.of(13, 30))
                    && !range.end().minusMinutes(15).isBefore(range.start())) {
                return range.end().minusMinutes(15);
            }
        }
        for (TimeRange range : open) {
            LocalTime start = range.start().plusHours(2);
            if (start.isAfter(range.start()) && !start.plusMinutes(20).isAfter(range.end())) {
                return start;
            }
        }
        return null;
    }

    private void divert(Employee e, PresenceStatus status, Instant since, Instant returnAt, Instant endedAt,
            String message) {
        emit(since, status(e, status, since, returnAt, message));
        emit(endedAt, status(e, PresenceStatus.AVAILABLE, endedAt, null, null));
        presence.computeIfAbsent(e.id(), id -> new ArrayList<>()).add(new Segment(status, since, endedAt));
        diversions.add(new Truth.Diversion(e.id(), e.unitId(), since, returnAt, endedAt));
    }

    private static PbxStatusChanged status(Employee e, PresenceStatus status, Instant at, Instant returnAt,
            String message) {
        return new PbxStatusChanged(e.id(), status, at, returnAt, message, null, null);
    }

    private boolean available(String employeeId, Instant at) {
        for (Segment s : presence.getOrDefault(employeeId, List.of())) {
            if (!at.isBefore(s.start()) && at.isBefore(s.end())) {
                return false;
            }
        }
        return true;
    }

    // --- calls ------------------------------------------------------------------------------------------

    /** Two to five calls a day to the officer's own number; a missed one goes to voicemail half the time. */
    private void officerCalls(Employee e, LocalDate day) {
        List<Employee> colleagues = municipality.membersOf(e.unitId());
        int count = 2 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            Instant offeredAt = callTime(day, List.of(TimeRange.of(DAY_START, CALLS_END)));
            String callId = nextCallId();
            String caller = callerNumber(0.03);
            emit(offeredAt, new CallOffered(callId, e.id(), null, caller, null, offeredAt));
            if (available(e.id(), offeredAt) && random.nextDouble() < 0.8) {
                int wait = 3 + random.nextInt(15);
                Instant answeredAt = offeredAt.plusSeconds(wait);
                emit(answeredAt, new CallAnswered(callId, e.id(), null, e.id(), answeredAt, wait));
                calls.add(new Truth.Call(callId, e.unitId(), offeredAt, true, transfers(callId, e, answeredAt, colleagues)));
            } else {
                int wait = 20 + random.nextInt(15);
                Instant missedAt = offeredAt.plusSeconds(wait);
                emit(missedAt, new CallMissed(callId, e.id(), null, caller, MissedCallReason.NO_ANSWER, missedAt, wait));
                calls.add(new Truth.Call(callId, e.unitId(), offeredAt, false, 0));
                if (caller != null && e.voicemailEnabled() && random.nextDouble() < 0.5) {
                    Instant leftAt = missedAt.plusSeconds(5);
                    emit(leftAt, new VoicemailLeft(callId, e.id(), null, caller, leftAt, 15 + random.nextInt(60)));
                    callback(callId, e.unitId(), List.of(e), caller, leftAt);
                }
            }
        }
    }

    /** Fifteen calls a day per member to the desk's number; nobody there means the caller gives up. */
    private void deskCalls(Unit unit, LocalDate day) {
        List<TimeRange> open = unit.openOn(day);
        List<Employee> members = municipality.membersOf(unit.id());
        if (open.isEmpty() || members.isEmpty()) {
            return;
        }
        int count = 15 * members.size();
        for (int i = 0; i < count; i++) {
            Instant offeredAt = callTime(day, open);
            String callId = nextCallId();
            String caller = callerNumber(0.03);
            emit(offeredAt, new CallOffered(callId, null, unit.id(), caller, null, offeredAt));
            List<Employee> there = members.stream().filter(m -> available(m.id(), offeredAt)).toList();
            if (!there.isEmpty() && random.nextDouble() < 0.92) {
                Employee answeredBy = there.get(random.nextInt(there.size()));
                int wait = 5 + random.nextInt(60);
                Instant answeredAt = offeredAt.plusSeconds(wait);
                emit(answeredAt, new CallAnswered(callId, null, unit.id(), answeredBy.id(), answeredAt, wait));
                calls.add(new Truth.Call(callId, unit.id(), offeredAt, true,
                        transfers(callId, answeredBy, answeredAt, members)));
            } else {
                int wait = 60 + random.nextInt(120);
                Instant missedAt = offeredAt.plusSeconds(wait);
                emit(missedAt, new CallMissed(callId, null, unit.id(), caller, MissedCallReason.ABANDONED, missedAt, wait));
                calls.add(new Truth.Call(callId, unit.id(), offeredAt, false, 0));
                if (caller != null && unit.missedCallsCreateTasks()) {
                    callback(callId, unit.id(), members, caller, missedAt);
                }
            }
        }
    }

    /** Most answered calls stay; 8 % are passed to a colleague once, 2 % go round the unit three times (bounced). */
    private int transfers(String callId, Employee answeredBy, Instant answeredAt, List<Employee> colleagues) {
        if (colleagues.size() < 2) {
            return 0;
        }
        double draw = random.nextDouble();
        int transfers = draw < 0.02 ? 3 : draw < 0.10 ? 1 : 0;
        Employee at = answeredBy;
        for (int k = 1; k <= transfers; k++) {
            Employee to = at;
            while (to.id().equals(at.id())) {
                to = colleagues.get(random.nextInt(colleagues.size()));
            }
            Instant transferredAt = answeredAt.plusSeconds(90L * k);
            emit(transferredAt, new CallTransferred(callId, at.id(), null, to.id(), null, null, at.id(), k, transferredAt));
            at = to;
        }
        return transfers;
    }

    /**
     * The callback a message or a desk's missed call asks for: 75 % on time, 12 % late, 8 % never, 5 % a first
     * unanswered attempt on time and an answered one later. The person who calls back is one of {@code callers}.
     */
    private void callback(String callId, String unitId, List<Employee> callers, String number, Instant createdAt) {
        LocalDate leftOn = createdAt.atZone(zone).toLocalDate();
        LocalDate dueDay = calendar.plusWorkingDays(leftOn, settings.callbackWorkingDays());
        Instant dueAt = at(dueDay, calendar.workingHours(dueDay.getDayOfWeek()).orElseThrow().end());
        Employee caller = callers.get(random.nextInt(callers.size()));
        double draw = random.nextDouble();
        Instant firstAttempt = null;
        if (draw < 0.80) {
            firstAttempt = workingMomentBetween(createdAt.plus(Duration.ofMinutes(10)), dueAt.minus(Duration.ofMinutes(30)));
            boolean nobodyAnsweredFirst = draw >= 0.75;
            emit(firstAttempt, outbound(caller, number, firstAttempt, !nobodyAnsweredFirst));
            if (nobodyAnsweredFirst) {
                Instant second = workingMomentBetween(firstAttempt.plus(Duration.ofMinutes(30)), dueAt.plus(Duration.ofDays(2)));
                emit(second, outbound(caller, number, second, true));
            }
        } else if (draw < 0.92) {
            LocalDate lateDay = calendar.nextWorkingDay(dueDay);
            firstAttempt = at(lateDay, LocalTime.of(9, 0).plusMinutes(random.nextInt(360)));
            emit(firstAttempt, outbound(caller, number, firstAttempt, true));
        }
        if (firstAttempt != null && firstAttempt.isAfter(settings.now())) {
            firstAttempt = null;
        }
        tasks.add(new Truth.Task(callId, unitId, createdAt, dueAt, firstAttempt));
    }

    /** A call out to the number; an attempt counts for the deadline whether or not anyone answered. */
    private OutboundCallPlaced outbound(Employee caller, String number, Instant at, boolean answered) {
        return new OutboundCallPlaced(nextCallId(), caller.id(), number, at, answered, answered ? 60 + random.nextInt(300) : 0);
    }

    /** A moment within working hours between the two instants (the first working moment if there is none). */
    private Instant workingMomentBetween(Instant from, Instant to) {
        List<Instant> candidates = new ArrayList<>();
        LocalDate day = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            for (int minute = 8 * 60; minute < 17 * 60; minute += 10) {
                Instant moment = at(day, LocalTime.MIDNIGHT.plusMinutes(minute));
                if (!moment.isBefore(from) && !moment.isAfter(to)) {
                    candidates.add(moment);
                }
            }
        }
        if (candidates.isEmpty()) {
            return from; // cannot happen for a deadline two working days away; the moment itself is then as good
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    private Instant callTime(LocalDate day, List<TimeRange> open) {
        while (true) {
            double draw = random.nextDouble();
            int hour = 0;
            for (double share = HOURLY_CURVE[0]; draw > share && hour < HOURLY_CURVE.length - 1; share += HOURLY_CURVE[++hour]) {
                // walk the curve to the drawn hour
            }
            LocalTime time = DAY_START.plusHours(hour).plusSeconds(random.nextInt(3600));
            if (!time.isBefore(CALLS_END)) {
                continue;
            }
            for (TimeRange range : open) {
                if (!time.isBefore(range.start()) && time.isBefore(range.end().minusMinutes(5))) {
                    return at(day, time);
                }
            }
        }
    }

    // --- coverage ---------------------------------------------------------------------------------------

    /** Open time and time with at least the minimum staffing, second by second of the timeline. */
    private Truth.DeskDay deskDay(Unit unit, LocalDate day) {
        long open = 0;
        long covered = 0;
        List<Employee> members = municipality.membersOf(unit.id());
        for (TimeRange range : unit.openOn(day)) {
            Instant start = at(day, range.start());
            Instant end = at(day, range.end());
            List<Instant> cuts = new ArrayList<>(List.of(start, end));
            for (Employee m : members) {
                for (Segment s : presence.getOrDefault(m.id(), List.of())) {
                    for (Instant t : List.of(s.start(), s.end())) {
                        if (t.isAfter(start) && t.isBefore(end)) {
                            cuts.add(t);
                        }
                    }
                }
            }
            cuts = cuts.stream().distinct().sorted().toList();
            for (int i = 0; i + 1 < cuts.size(); i++) {
                Instant a = cuts.get(i);
                long seconds = Duration.between(a, cuts.get(i + 1)).toSeconds();
                long there = members.stream().filter(m -> available(m.id(), a)).count();
                open += seconds;
                if (there >= Math.max(1, unit.minimumStaffing())) {
                    covered += seconds;
                }
            }
        }
        return new Truth.DeskDay(unit.id(), day, open, covered);
    }

    // --- helpers ----------------------------------------------------------------------------------------

    private void emit(Instant at, DomainEvent event) {
        events.add(new Timed(at, events.size(), event));
    }

    private Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(zone).toInstant();
    }

    private String nextCallId() {
        return "sim-" + Long.toHexString(settings.seed()) + "-" + (++callSeq);
    }

    /** A Swedish mobile number not used before in this simulation (so no two tasks merge), or null if withheld. */
    private String callerNumber(double withheldShare) {
        if (random.nextDouble() < withheldShare) {
            return null;
        }
        while (true) {
            String number = "+46" + MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
                    + String.format("%07d", random.nextInt(10_000_000));
            if (usedNumbers.add(number)) {
                return number;
            }
        }
    }
}
