package se.telefonpolicy.availability.jobs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import se.telefonpolicy.availability.config.AvailabilityConfig;
import se.telefonpolicy.availability.domain.CoverageGap;
import se.telefonpolicy.availability.domain.Member;
import se.telefonpolicy.availability.domain.ServiceDesk;
import se.telefonpolicy.availability.domain.ServiceDeskCoverage;
import se.telefonpolicy.availability.domain.StaffedTimeline;
import se.telefonpolicy.availability.persistence.AdvisoryLocks;
import se.telefonpolicy.availability.persistence.CoverageRepository;
import se.telefonpolicy.availability.persistence.MemberRepository;
import se.telefonpolicy.availability.persistence.PresenceHistoryRepository;
import se.telefonpolicy.availability.persistence.ServiceDeskRepository;
import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.availability.CoverageGapEnded;
import se.telefonpolicy.contracts.availability.CoverageGapStarted;
import se.telefonpolicy.contracts.availability.GapEndReason;
import se.telefonpolicy.contracts.availability.ServiceDeskUnstaffed;
import se.telefonpolicy.platform.outbox.Outbox;

/**
 * SERVICE_DESK_STAFFED on event time. Every second, each desk is evaluated from where it stands up to the
 * watermark of pbx.presence.v1, from its members' presence changes in the history applied in event-time order
 * (ties by employee id): whatever order the partitions were read in, every change up to the watermark is there,
 * so the gaps, their lengths and the breaches are the same. A day closes when the watermark passes its closing.
 * Events go out in event-time order with ids derived from the gap, through the outbox in the step's transaction.
 *
 * <p>One transaction per desk, holding the desk's advisory lock: with several instances one evaluates a desk at
 * a time and the others skip it; the next step continues from what the last one wrote.
 */
@ApplicationScoped
public class CoverageCheck {

    private static final Logger LOG = Logger.getLogger(CoverageCheck.class);
    /** Named in telefonpolicy.watermark.decided-by. */
    public static final String JOB = "availability-coverage";

    private final ServiceDeskRepository desks;
    private final MemberRepository members;
    private final PresenceHistoryRepository history;
    private final CoverageRepository coverage;
    private final AdvisoryLocks locks;
    private final PresenceWatermark watermark;
    private final WorkingCalendar calendar;
    private final AvailabilityConfig config;
    private final Outbox outbox;

    public CoverageCheck(ServiceDeskRepository desks, MemberRepository members, PresenceHistoryRepository history,
            CoverageRepository coverage, AdvisoryLocks locks, PresenceWatermark watermark, WorkingCalendar calendar,
            AvailabilityConfig config, Outbox outbox) {
        this.desks = desks;
        this.members = members;
        this.history = history;
        this.coverage = coverage;
        this.locks = locks;
        this.watermark = watermark;
        this.calendar = calendar;
        this.config = config;
        this.outbox = outbox;
    }

    /** The stable id of a gap: the same desk and start always give the same id, on every instance and replay. */
    public static String gapId(String unitId, Instant startedAt) {
        return UUID.nameUUIDFromBytes((unitId + "|" + startedAt).getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Scheduled(identity = "service-desk-coverage", every = "${telefonpolicy.availability.decision-interval:1s}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        tick();
    }

    /**
     * Evaluates every service desk up to the watermark; returns the watermark used, empty while there is none.
     * A desk another instance is evaluating at the moment is skipped (it is done there).
     */
    public Optional<Instant> tick() {
        Optional<Instant> w = watermark.current();
        if (w.isEmpty()) {
            return w;
        }
        boolean all = true;
        for (ServiceDesk desk : QuarkusTransaction.requiringNew().call(desks::all)) {
            try {
                all &= QuarkusTransaction.requiringNew().call(() -> evaluate(desk, w.get()));
            } catch (RuntimeException e) {
                // one desk's failure does not hold up the others; it is tried again at the next tick
                all = false;
                LOG.errorf(e, "Coverage of %s not evaluated up to %s", desk.unitId(), w.get());
            }
        }
        if (all) {
            // every desk is decided up to the watermark (one another instance held is not known to be)
            QuarkusTransaction.requiringNew().run(() -> watermark.decided(JOB, w.get()));
        }
        return w;
    }

    /** False if another instance is evaluating the desk at the moment. */
    private boolean evaluate(ServiceDesk desk, Instant until) {
        if (!locks.tryLock(AdvisoryLocks.Job.SERVICE_DESK_COVERAGE, desk.unitId())) {
            return false;
        }
        Optional<Instant> trackedFrom = desks.trackedFrom(desk.unitId()).map(t -> t.truncatedTo(ChronoUnit.SECONDS));
        CoverageRepository.State state = coverage.state(desk.unitId()).orElse(null);
        Instant stands = state == null ? null : state.evaluatedUntil();
        if (stands != null && !until.isAfter(stands) && trackedFrom.filter(t -> t.isAfter(stands)).isEmpty()) {
            // the watermark has not moved since: nothing to decide (the common case between two changes)
            return true;
        }
        List<String> people = members.activeInUnit(desk.unitId()).stream().map(Member::employeeId).toList();
        boolean moved = false;
        if (state == null) {
            Optional<Instant> start = start(people, trackedFrom, until);
            if (start.isEmpty()) {
                return true;
            }
            state = new CoverageRepository.State(desk.unitId(), start.get(), null, false, false);
            moved = true;
        } else if (trackedFrom.isPresent() && state.evaluatedUntil().isBefore(trackedFrom.get())) {
            state = resumeAt(desk, state, trackedFrom.get());
            moved = true;
        }
        Instant from = state.evaluatedUntil();
        if (!until.isAfter(from)) {
            if (moved) {
                coverage.save(state);
            }
            return true;
        }
        StaffedTimeline timeline = StaffedTimeline.of(history.staffedAt(people, from), history.changesBetween(people, from, until));
        var result = new ServiceDeskCoverage(desk.hours(calendar), calendar.zone(), desk.minimumStaffing(), config.coverageGrace())
                .evaluate(timeline.countAtFrom(), timeline.changes(), from, until, state.running());
        result.days().values().forEach(day -> coverage.addDay(desk.unitId(), day));

        // a minimum lowered while a gap ran: the events still say "below the minimum"
        int belowMinimum = desk.minimumStaffing() - 1;
        List<DomainEvent> events = new ArrayList<>();
        CoverageGap running = null;
        boolean runningBreachPublished = false;
        for (CoverageGap gap : result.gaps()) {
            boolean carried = state.running() != null && gap.startedAt().equals(state.running().startedAt());
            String gapId = gapId(desk.unitId(), gap.startedAt());
            // in event-time order: its start, start + grace, its end; gaps do not overlap
            if (!(carried && state.runningStartPublished())) {
                events.add(new CoverageGapStarted(gapId, desk.unitId(), gap.startedAt(),
                        Math.min(gap.availableCount(), belowMinimum), desk.minimumStaffing()));
            }
            boolean breachPublished = carried && state.runningBreachPublished();
            if (gap.breach() && !breachPublished) {
                events.add(new ServiceDeskUnstaffed(gapId, desk.unitId(), gap.startedAt(),
                        gap.breachedAt(config.coverageGrace()), Math.min(gap.availableCount(), belowMinimum),
                        desk.minimumStaffing()));
                breachPublished = true;
            }
            if (gap.ongoing()) {
                running = gap;
                runningBreachPublished = breachPublished;
            } else {
                events.add(new CoverageGapEnded(gapId, desk.unitId(), gap.startedAt(), gap.endedAt(), gap.endReason()));
            }
            coverage.saveGap(desk.unitId(), day(gap.startedAt()), gap);
        }
        outbox.publishAll(events);
        coverage.save(new CoverageRepository.State(desk.unitId(), until, running, running != null, runningBreachPublished));
        return true;
    }

    /**
     * Where a desk seen for the first time starts: the local day of its members' earliest known change (so the
     * first day is whole, and a replay starts where the history does), but not before the desk was known.
     * Empty while no member has a change up to the watermark: nothing is known of the desk yet.
     */
    private Optional<Instant> start(List<String> people, Optional<Instant> trackedFrom, Instant until) {
        return history.earliest(people, until).map(earliest -> {
            Instant startOfDay = LocalDate.ofInstant(earliest, zone()).atStartOfDay(zone()).toInstant();
            return trackedFrom.filter(t -> t.isAfter(startOfDay)).orElse(startOfDay);
        });
    }

    /** A unit that stopped being a desk and became one again: its old gap ended then, and it is judged anew. */
    private CoverageRepository.State resumeAt(ServiceDesk desk, CoverageRepository.State state, Instant trackedFrom) {
        CoverageGap running = state.running();
        if (running != null) {
            CoverageGap ended = new CoverageGap(running.startedAt(), state.evaluatedUntil(), GapEndReason.NO_LONGER_REQUIRED,
                    running.availableCount(), running.breach());
            coverage.saveGap(desk.unitId(), day(running.startedAt()), ended);
            if (!state.runningStartPublished()) {
                outbox.publish(new CoverageGapStarted(gapId(desk.unitId(), running.startedAt()), desk.unitId(),
                        running.startedAt(), Math.min(running.availableCount(), desk.minimumStaffing() - 1),
                        desk.minimumStaffing()));
            }
            outbox.publish(new CoverageGapEnded(gapId(desk.unitId(), running.startedAt()), desk.unitId(),
                    running.startedAt(), state.evaluatedUntil(), GapEndReason.NO_LONGER_REQUIRED));
        }
        return new CoverageRepository.State(desk.unitId(), trackedFrom, null, false, false);
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone());
    }

    private ZoneId zone() {
        return calendar.zone();
    }
}
