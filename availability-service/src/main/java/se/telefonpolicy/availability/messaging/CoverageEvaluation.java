package se.telefonpolicy.availability.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import se.telefonpolicy.availability.config.AvailabilityConfig;
import se.telefonpolicy.availability.domain.CoverageGap;
import se.telefonpolicy.availability.domain.ServiceDesk;
import se.telefonpolicy.availability.domain.ServiceDeskCoverage;
import se.telefonpolicy.availability.persistence.CoverageRepository;
import se.telefonpolicy.availability.persistence.CoverageStateEntity;
import se.telefonpolicy.availability.persistence.ServiceDeskRepository;
import se.telefonpolicy.calendar.WorkingCalendar;
import se.telefonpolicy.contracts.availability.CoverageGapEnded;
import se.telefonpolicy.contracts.availability.CoverageGapStarted;
import se.telefonpolicy.platform.outbox.Outbox;

/**
 * SERVICE_DESK_STAFFED, live: evaluates a desk from where its previous evaluation stopped up to now,
 * with the staffed count that held in between (every presence change of a member triggers an
 * evaluation, so the count was constant since). Adds the open and covered seconds to the days and
 * publishes CoverageGapStarted / CoverageGapEnded through the outbox, in the caller's transaction.
 */
@ApplicationScoped
public class CoverageEvaluation {

    private final ServiceDeskRepository desks;
    private final CoverageRepository coverage;
    private final WorkingCalendar calendar;
    private final AvailabilityConfig config;
    private final Outbox outbox;

    public CoverageEvaluation(ServiceDeskRepository desks, CoverageRepository coverage, WorkingCalendar calendar,
            AvailabilityConfig config, Outbox outbox) {
        this.desks = desks;
        this.coverage = coverage;
        this.calendar = calendar;
        this.config = config;
        this.outbox = outbox;
    }

    /** The stable id of a gap: the same desk and start always give the same id. */
    public static String gapId(String unitId, Instant startedAt) {
        return UUID.nameUUIDFromBytes((unitId + "|" + startedAt).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Evaluates the unit up to {@code at}, if it is a service desk; nothing otherwise. */
    @Transactional(TxType.MANDATORY)
    public void evaluate(String unitId, Instant at) {
        desks.find(unitId).ifPresent(desk -> evaluate(desk, at));
    }

    @Transactional(TxType.MANDATORY)
    public void evaluate(ServiceDesk desk, Instant at) {
        // whole seconds, so that the per-day sums of many short evaluations lose nothing to truncation
        Instant now = at.truncatedTo(ChronoUnit.SECONDS);
        if (coverage.startTracking(desk.unitId(), now, coverage.staffedCount(desk.unitId()))) {
            return;
        }
        CoverageStateEntity state = coverage.lockState(desk.unitId());
        if (now.isBefore(state.evaluatedUntil)) {
            // a clock behind the last evaluation (another instance's clock, a replay): nothing new to count
            return;
        }
        if (now.equals(state.evaluatedUntil)) {
            // several changes in the same second: no time elapsed, only the count from now on changes
            state.staffedCount = coverage.staffedCount(desk.unitId());
            return;
        }
        var result = new ServiceDeskCoverage(desk.hours(calendar), calendar.zone(), desk.minimumStaffing(), config.coverageGrace())
                .evaluate(state.staffedCount, List.of(), state.evaluatedUntil, now, state.gapStartedAt);
        result.days().values().forEach(day -> coverage.addDay(desk.unitId(), day));

        Instant running = null;
        boolean runningPublished = false;
        for (CoverageGap gap : result.gaps()) {
            boolean startedPublished = state.gapPublished && gap.startedAt().equals(state.gapStartedAt);
            String gapId = gapId(desk.unitId(), gap.startedAt());
            if (gap.published() && !startedPublished) {
                outbox.publish(new CoverageGapStarted(gapId, desk.unitId(), gap.startedAt(), gap.lowestCount(),
                        desk.minimumStaffing()));
            }
            if (gap.ongoing()) {
                running = gap.startedAt();
                runningPublished = gap.published() || startedPublished;
            } else if (gap.published()) {
                outbox.publish(new CoverageGapEnded(gapId, desk.unitId(), gap.startedAt(), gap.endedAt(), gap.endReason()));
            }
        }
        state.gapStartedAt = running;
        state.gapPublished = runningPublished;
        state.evaluatedUntil = now;
        state.staffedCount = coverage.staffedCount(desk.unitId());
    }
}
