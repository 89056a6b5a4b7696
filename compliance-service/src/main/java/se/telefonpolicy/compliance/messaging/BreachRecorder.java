package se.telefonpolicy.compliance.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;

import se.telefonpolicy.compliance.domain.BreachCandidate;
import se.telefonpolicy.compliance.metrics.ComplianceMetrics;
import se.telefonpolicy.compliance.persistence.BreachRepository;
import se.telefonpolicy.compliance.persistence.DirectoryRepository;
import se.telefonpolicy.contracts.compliance.SlaBreached;
import se.telefonpolicy.platform.outbox.Outbox;

/**
 * Records a breach exactly once: the row is inserted unless (rule, subject) is known, and only the
 * transaction that inserted it publishes SlaBreached, through the outbox, so both commit together. The breach is
 * the decision's: id, times, unit and manager; only a unit or manager the decision lacks comes from the directory.
 */
@ApplicationScoped
public class BreachRecorder {

    /** The unit of a breach nobody can place (a task of a person the directory does not know yet). */
    public static final String UNKNOWN_UNIT = "unknown";
    private static final Logger LOG = Logger.getLogger(BreachRecorder.class);

    private final BreachRepository breaches;
    private final DirectoryRepository directory;
    private final Outbox outbox;
    private final ComplianceMetrics metrics;

    public BreachRecorder(BreachRepository breaches, DirectoryRepository directory, Outbox outbox, ComplianceMetrics metrics) {
        this.breaches = breaches;
        this.directory = directory;
        this.outbox = outbox;
        this.metrics = metrics;
    }

    /** Returns true when this call recorded (and published) the breach, false when it was known. */
    @Transactional(TxType.MANDATORY)
    public boolean record(BreachCandidate candidate) {
        String unitId = unitOf(candidate);
        String manager = candidate.managerEmployeeId() != null ? candidate.managerEmployeeId()
                : directory.unit(unitId).map(DirectoryRepository.UnitRow::managerEmployeeId).orElse(null);
        UUID breachId = candidate.breachId();
        if (!breaches.insertIfNew(breachId, candidate, unitId, manager)) {
            return false;
        }
        outbox.publish(new SlaBreached(breachId.toString(), candidate.ruleId(), unitId, manager, candidate.employeeId(),
                candidate.subjectType(), candidate.subjectId(), candidate.dueAt(), candidate.detectedAt()));
        LOG.infof("Breach %s recorded: %s of %s %s, unit %s", breachId, candidate.ruleId(), candidate.subjectType(),
                candidate.subjectId(), unitId);
        // metric labels are directory unit ids only: a breach nobody can place is published, not counted
        if (!UNKNOWN_UNIT.equals(unitId)) {
            metrics.breachRecorded(candidate.ruleId(), unitId);
        }
        return true;
    }

    /** The decision's unit, else the directory's unit of the person concerned, else {@link #UNKNOWN_UNIT}. */
    public String unitOf(BreachCandidate candidate) {
        if (candidate.unitId() != null) {
            return candidate.unitId();
        }
        return candidate.employeeId() == null ? UNKNOWN_UNIT
                : directory.unitOfEmployee(candidate.employeeId()).orElse(UNKNOWN_UNIT);
    }
}
