package se.telefonpolicy.simulator.replay;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.availability.PresenceStatus;
import se.telefonpolicy.contracts.directory.EmployeeRole;
import se.telefonpolicy.contracts.directory.EmployeeSnapshot;
import se.telefonpolicy.contracts.directory.Greeting;
import se.telefonpolicy.contracts.directory.OpeningHours;
import se.telefonpolicy.contracts.directory.PhoneNumber;
import se.telefonpolicy.contracts.directory.PhoneNumberKind;
import se.telefonpolicy.contracts.directory.ServiceDesk;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.contracts.pbx.CallAnswered;
import se.telefonpolicy.contracts.pbx.CallMissed;
import se.telefonpolicy.contracts.pbx.CallOffered;
import se.telefonpolicy.contracts.pbx.MissedCallReason;
import se.telefonpolicy.contracts.pbx.OutboundCallPlaced;
import se.telefonpolicy.contracts.pbx.PbxStatusChanged;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;

/**
 * A generated fortnight of one unit (three case officers and their manager) and one service desk (three members,
 * two needed): presence with lunches, meetings (some without a return time), late returns and days' ends;
 * voicemails to the officers, called back on time, late or never; calls to the desk, answered or missed. Plain
 * Java and deterministic for a seed. {@link #truth()} is what happened, for the test's own reference; the events
 * are what the PBX reports of it.
 *
 * <p>Kept out of the reassignment rule on purpose (a task moves only when, at the due-soon point four working hours
 * before 17:00, its officer is away past the due time): nobody is away without a return time after 10:30, and every
 * return time lies before 17:00 on working days.
 */
public record Fortnight(LocalDate monday, UnitSnapshot unit, UnitSnapshot desk, List<EmployeeSnapshot> employees,
        List<DomainEvent> events, Truth truth, Instant end) {

    public static final ZoneId ZONE = WorkingCalendar.STOCKHOLM;
    public static final String UNIT = "et-unit";
    public static final String DESK = "et-desk";
    public static final String MANAGER = "et-m";
    public static final List<String> OFFICERS = List.of("et-o1", "et-o2", "et-o3");
    public static final List<String> DESK_MEMBERS = List.of("et-d1", "et-d2", "et-d3");
    public static final int DESK_MINIMUM = 2;
    public static final List<OpeningHours> DESK_HOURS = java.util.Arrays.stream(DayOfWeek.values())
            .filter(d -> d.getValue() <= 5)
            .flatMap(d -> java.util.stream.Stream.of(new OpeningHours(d, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                    new OpeningHours(d, LocalTime.of(13, 0), LocalTime.of(16, 30))))
            .toList();

    /** What happened. */
    public record Truth(List<Voicemail> voicemails, Map<String, List<Status>> statuses) {
    }

    /** A message and its call back (null: never, or not before the end). */
    public record Voicemail(String callId, String officer, String callerNumber, Instant leftAt, Instant firstCallBackAt) {
    }

    /** One presence change of one person. */
    public record Status(Instant at, PresenceStatus status, Instant returnAt) {
    }

    /** The fortnight from {@code monday}: presence also on the two working days after it, messages only in it. */
    public static Fortnight generate(long seed, LocalDate monday, WorkingCalendar calendar, Instant verifiedAt) {
        return new Generator(seed, monday, calendar).generate(verifiedAt);
    }

    /** The last local day of the fortnight (its Sunday). */
    public LocalDate sunday() {
        return monday.plusDays(13);
    }

    private static final class Generator {
        private final Random random;
        private final LocalDate monday;
        private final WorkingCalendar calendar;
        private final List<DomainEvent> events = new ArrayList<>();
        private final List<Voicemail> voicemails = new ArrayList<>();
        private final Map<String, List<Status>> statuses = new LinkedHashMap<>();
        private int callSeq;
        private int numberSeq;

        Generator(long seed, LocalDate monday, WorkingCalendar calendar) {
            this.random = new Random(seed);
            this.monday = monday;
            this.calendar = calendar;
        }

        Fortnight generate(Instant verifiedAt) {
            LocalDate lastMessageDay = monday.plusDays(13);
            // presence goes on over the two working days after the fortnight, while its last deadlines fall due
            LocalDate lastPresenceDay = calendar.plusWorkingDays(lastMessageDay, 2);
            Instant end = lastPresenceDay.plusDays(1).atStartOfDay(ZONE).toInstant();
            List<String> people = new ArrayList<>(OFFICERS);
            people.addAll(DESK_MEMBERS);
            people.add(MANAGER);
            people.forEach(p -> statuses.put(p, new ArrayList<>()));
            for (LocalDate day = monday; !day.isAfter(lastPresenceDay); day = day.plusDays(1)) {
                if (!calendar.isWorkingDay(day)) {
                    continue;
                }
                LocalDate next = calendar.nextWorkingDay(day);
                for (String person : people) {
                    workingDay(person, day, next);
                }
                if (!day.isAfter(lastMessageDay)) {
                    for (String officer : OFFICERS) {
                        int messages = random.nextInt(3);
                        for (int m = 0; m < messages; m++) {
                            voicemail(officer, day, end);
                        }
                    }
                    for (int c = 0; c < 6; c++) {
                        deskCall(day);
                    }
                }
            }
            // a message left on the Saturday, due the Tuesday after
            voicemail(OFFICERS.get(0), monday.plusDays(5), end);
            events.sort(Comparator.comparing(DomainEvent::occurredAt));
            return new Fortnight(monday, unit(UNIT, "Bygglov", null), unit(DESK, "Kontaktcenter", deskHours()),
                    employees(verifiedAt), List.copyOf(events), new Truth(List.copyOf(voicemails), statuses), end);
        }

        private void workingDay(String person, LocalDate day, LocalDate next) {
            Instant logOn = at(day, LocalTime.of(7, 45)).plusSeconds(random.nextInt(50 * 60));
            status(person, logOn, PresenceStatus.AVAILABLE, null);
            if (random.nextInt(4) == 0) {
                // a morning meeting, without a return time now and then (DIVERSION_RETURN_TIME)
                Instant start = at(day, LocalTime.of(9, 0)).plusSeconds(random.nextInt(30 * 60));
                Instant returnAt = random.nextInt(3) == 0 ? null : start.plus(Duration.ofMinutes(30));
                status(person, start, PresenceStatus.MEETING, returnAt);
                status(person, start.plus(Duration.ofMinutes(25)).plusSeconds(random.nextInt(20 * 60)),
                        PresenceStatus.AVAILABLE, null);
            }
            Instant lunch = at(day, LocalTime.of(11, 20)).plusSeconds(random.nextInt(70 * 60));
            Instant lunchEnds = lunch.plus(Duration.ofMinutes(40));
            status(person, lunch, PresenceStatus.LUNCH, lunchEnds);
            // back before, on, or after the return time; more than 15 minutes after it is DIVERSION_STALE
            int[] lateMinutes = { -8, -2, 1, 6, 13, 17, 24, 38 };
            Instant back = lunchEnds.plus(Duration.ofMinutes(lateMinutes[random.nextInt(lateMinutes.length)]))
                    .plusSeconds(random.nextInt(50));
            status(person, back, PresenceStatus.AVAILABLE, null);
            if (random.nextInt(3) == 0) {
                Instant meeting = at(day, LocalTime.of(14, 0)).plusSeconds(random.nextInt(60 * 60));
                Instant until = meeting.plus(Duration.ofMinutes(45));
                status(person, meeting, PresenceStatus.MEETING, until);
                status(person, until.plus(Duration.ofMinutes(lateMinutes[random.nextInt(lateMinutes.length)]))
                        .plusSeconds(random.nextInt(50)), PresenceStatus.AVAILABLE, null);
            }
            Instant leaves = at(day, LocalTime.of(16, 35)).plusSeconds(random.nextInt(50 * 60));
            status(person, leaves, PresenceStatus.OFF_DUTY, at(next, LocalTime.of(8, 0)));
        }

        private void status(String person, Instant at, PresenceStatus status, Instant returnAt) {
            statuses.get(person).add(new Status(at, status, returnAt));
            events.add(new PbxStatusChanged(person, status, at, returnAt, null, null, null));
        }

        private void voicemail(String officer, LocalDate day, Instant end) {
            String callId = "et-vm-" + (++callSeq);
            String number = String.format("+4670555%04d", ++numberSeq);
            Instant leftAt = at(day, LocalTime.of(7, 30)).plusSeconds(random.nextInt(11 * 3600));
            Instant dueAt = calendar.callbackDue(leftAt, 2);
            int draw = random.nextInt(10);
            Instant callBack = null;
            if (draw < 6) {
                // on time: between ten minutes after the message and half an hour before the deadline
                long span = Duration.between(leftAt.plus(Duration.ofMinutes(10)), dueAt.minus(Duration.ofMinutes(30))).getSeconds();
                callBack = leftAt.plus(Duration.ofMinutes(10)).plusSeconds((long) (random.nextDouble() * span));
            } else if (draw < 8) {
                callBack = dueAt.plus(Duration.ofMinutes(20)).plusSeconds(random.nextInt(20 * 3600));
            }
            if (callBack != null && !callBack.isBefore(end)) {
                callBack = null;
            }
            voicemails.add(new Voicemail(callId, officer, number, leftAt, callBack));
            events.add(new VoicemailLeft(callId, officer, null, number, leftAt, 20 + random.nextInt(60)));
            if (callBack != null) {
                events.add(new OutboundCallPlaced("et-out-" + callSeq, officer, number, callBack, true, 120));
            }
        }

        private void deskCall(LocalDate day) {
            String callId = "et-desk-" + (++callSeq);
            String number = String.format("+4670666%04d", ++numberSeq);
            Instant offered = at(day, LocalTime.of(8, 5)).plusSeconds(random.nextInt(8 * 3600));
            events.add(new CallOffered(callId, null, DESK, number, null, offered));
            if (random.nextInt(4) > 0) {
                String member = DESK_MEMBERS.get(random.nextInt(DESK_MEMBERS.size()));
                events.add(new CallAnswered(callId, null, DESK, member, offered.plusSeconds(20), 20));
            } else {
                events.add(new CallMissed(callId, null, DESK, number, MissedCallReason.NO_ANSWER, offered.plusSeconds(60), 60));
            }
        }

        private ServiceDesk deskHours() {
            return new ServiceDesk(DESK_HOURS, List.of(), DESK_MINIMUM);
        }

        private UnitSnapshot unit(String id, String name, ServiceDesk desk) {
            return new UnitSnapshot(id, name, null, MANAGER, null, null, desk != null, desk, false,
                    monday.minusDays(30).atStartOfDay(ZONE).toInstant());
        }

        private List<EmployeeSnapshot> employees(Instant verifiedAt) {
            List<EmployeeSnapshot> list = new ArrayList<>();
            int n = 0;
            for (String id : statuses.keySet()) {
                n++;
                String unit = DESK_MEMBERS.contains(id) ? DESK : UNIT;
                list.add(new EmployeeSnapshot(id, "hr-" + id, "Person" + n, "Efternamn" + n, "Handläggare", unit,
                        String.format("29%02d", n),
                        List.of(new PhoneNumber(PhoneNumberKind.WORK, String.format("+4622344%04d", 2900 + n))),
                        id + "@fagersta.se", id.equals(MANAGER) ? EmployeeRole.MANAGER : EmployeeRole.CASE_OFFICER, true,
                        new Greeting(verifiedAt.minus(Duration.ofDays(30)), 12), List.of(), verifiedAt, true,
                        monday.minusDays(30).atStartOfDay(ZONE).toInstant()));
            }
            return list;
        }

        private Instant at(LocalDate day, LocalTime time) {
            return day.atTime(time).atZone(ZONE).toInstant();
        }
    }
}
