package se.telefonpolicy.contracts;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.telefonpolicy.contracts.availability.CoverageGapEnded;
import se.telefonpolicy.contracts.availability.CoverageGapStarted;
import se.telefonpolicy.contracts.availability.DiversionViolated;
import se.telefonpolicy.contracts.availability.ServiceDeskUnstaffed;
import se.telefonpolicy.contracts.availability.StatusChanged;
import se.telefonpolicy.contracts.callback.CallbackCompleted;
import se.telefonpolicy.contracts.callback.CallbackCreated;
import se.telefonpolicy.contracts.callback.CallbackDeadlineDecided;
import se.telefonpolicy.contracts.callback.CallbackDueSoon;
import se.telefonpolicy.contracts.callback.CallbackMade;
import se.telefonpolicy.contracts.callback.CallbackReassigned;
import se.telefonpolicy.contracts.compliance.SlaBreached;
import se.telefonpolicy.contracts.directory.EmployeeDeleted;
import se.telefonpolicy.contracts.directory.EmployeeSnapshot;
import se.telefonpolicy.contracts.directory.UnitDeleted;
import se.telefonpolicy.contracts.directory.UnitSnapshot;
import se.telefonpolicy.contracts.pbx.CallAnswered;
import se.telefonpolicy.contracts.pbx.CallMissed;
import se.telefonpolicy.contracts.pbx.CallOffered;
import se.telefonpolicy.contracts.pbx.CallTransferred;
import se.telefonpolicy.contracts.pbx.OutboundCallPlaced;
import se.telefonpolicy.contracts.pbx.PbxStatusChanged;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;

/**
 * Every event the system publishes: its CloudEvents type, topic, data class and publisher.
 *
 * <p>Naming rule for ce_type: {@code se.telefonpolicy.<area>.<event>.<version>} where area is the
 * record's package ({@code pbx}, {@code directory}, {@code availability}, {@code callback},
 * {@code compliance}), event is the record's simple name in kebab-case without a leading area word
 * ({@code CallbackCreated} → {@code created}, {@code PbxStatusChanged} → {@code status-changed}), and
 * version is the topic's version suffix ({@code v1}). A test holds every constant to this rule.
 */
public enum EventType {
    CALL_OFFERED("se.telefonpolicy.pbx.call-offered.v1", Topic.PBX_CALLS, CallOffered.class, Publisher.PBX_CONNECTOR),
    CALL_ANSWERED("se.telefonpolicy.pbx.call-answered.v1", Topic.PBX_CALLS, CallAnswered.class, Publisher.PBX_CONNECTOR),
    CALL_MISSED("se.telefonpolicy.pbx.call-missed.v1", Topic.PBX_CALLS, CallMissed.class, Publisher.PBX_CONNECTOR),
    CALL_TRANSFERRED("se.telefonpolicy.pbx.call-transferred.v1", Topic.PBX_CALLS, CallTransferred.class, Publisher.PBX_CONNECTOR),
    VOICEMAIL_LEFT("se.telefonpolicy.pbx.voicemail-left.v1", Topic.PBX_CALLS, VoicemailLeft.class, Publisher.PBX_CONNECTOR),
    OUTBOUND_CALL_PLACED("se.telefonpolicy.pbx.outbound-call-placed.v1", Topic.PBX_CALLS, OutboundCallPlaced.class, Publisher.PBX_CONNECTOR),
    /** The PBX's own presence report, before normalisation. */
    PBX_STATUS_CHANGED("se.telefonpolicy.pbx.status-changed.v1", Topic.PBX_PRESENCE, PbxStatusChanged.class, Publisher.PBX_CONNECTOR),

    UNIT_SNAPSHOT("se.telefonpolicy.directory.unit-snapshot.v1", Topic.DIRECTORY_UNITS, UnitSnapshot.class, Publisher.DIRECTORY_SERVICE),
    /** A tombstone: null value, ce_* headers only. */
    UNIT_DELETED("se.telefonpolicy.directory.unit-deleted.v1", Topic.DIRECTORY_UNITS, UnitDeleted.class, Publisher.DIRECTORY_SERVICE),
    EMPLOYEE_SNAPSHOT("se.telefonpolicy.directory.employee-snapshot.v1", Topic.DIRECTORY_EMPLOYEES, EmployeeSnapshot.class, Publisher.DIRECTORY_SERVICE),
    /** A tombstone: null value, ce_* headers only. */
    EMPLOYEE_DELETED("se.telefonpolicy.directory.employee-deleted.v1", Topic.DIRECTORY_EMPLOYEES, EmployeeDeleted.class, Publisher.DIRECTORY_SERVICE),

    /** Normalised presence: from the PBX, self-service or the switchboard. */
    STATUS_CHANGED("se.telefonpolicy.availability.status-changed.v1", Topic.AVAILABILITY_STATUS, StatusChanged.class, Publisher.AVAILABILITY_SERVICE),
    COVERAGE_GAP_STARTED("se.telefonpolicy.availability.coverage-gap-started.v1", Topic.AVAILABILITY_COVERAGE, CoverageGapStarted.class, Publisher.AVAILABILITY_SERVICE),
    COVERAGE_GAP_ENDED("se.telefonpolicy.availability.coverage-gap-ended.v1", Topic.AVAILABILITY_COVERAGE, CoverageGapEnded.class, Publisher.AVAILABILITY_SERVICE),
    /** A decision: one diversion broke DIVERSION_RETURN_TIME or DIVERSION_STALE (event time). */
    DIVERSION_VIOLATED("se.telefonpolicy.availability.diversion-violated.v1", Topic.AVAILABILITY_STATUS, DiversionViolated.class, Publisher.AVAILABILITY_SERVICE),
    /** A decision: a desk's coverage gap outlasted the grace, SERVICE_DESK_STAFFED broken (event time). */
    SERVICE_DESK_UNSTAFFED("se.telefonpolicy.availability.service-desk-unstaffed.v1", Topic.AVAILABILITY_COVERAGE, ServiceDeskUnstaffed.class, Publisher.AVAILABILITY_SERVICE),

    CALLBACK_CREATED("se.telefonpolicy.callback.created.v1", Topic.CALLBACK_TASKS, CallbackCreated.class, Publisher.CALLBACK_SERVICE),
    CALLBACK_REASSIGNED("se.telefonpolicy.callback.reassigned.v1", Topic.CALLBACK_TASKS, CallbackReassigned.class, Publisher.CALLBACK_SERVICE),
    CALLBACK_MADE("se.telefonpolicy.callback.made.v1", Topic.CALLBACK_TASKS, CallbackMade.class, Publisher.CALLBACK_SERVICE),
    CALLBACK_COMPLETED("se.telefonpolicy.callback.completed.v1", Topic.CALLBACK_TASKS, CallbackCompleted.class, Publisher.CALLBACK_SERVICE),
    CALLBACK_DUE_SOON("se.telefonpolicy.callback.due-soon.v1", Topic.CALLBACK_TASKS, CallbackDueSoon.class, Publisher.CALLBACK_SERVICE),
    /** A decision: a task's deadline met, overdue (a breach) or, afterwards, called back late (event time). */
    CALLBACK_DEADLINE_DECIDED("se.telefonpolicy.callback.deadline-decided.v1", Topic.CALLBACK_TASKS, CallbackDeadlineDecided.class, Publisher.CALLBACK_SERVICE),

    SLA_BREACHED("se.telefonpolicy.compliance.sla-breached.v1", Topic.COMPLIANCE_BREACHES, SlaBreached.class, Publisher.COMPLIANCE_SERVICE);

    /** Every ce_type starts with this. */
    public static final String CE_TYPE_PREFIX = "se.telefonpolicy.";

    private static final Map<String, EventType> BY_CE_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::ceType, Function.identity()));

    private final String ceType;
    private final Topic topic;
    private final Class<? extends DomainEvent> dataClass;
    private final Publisher publisher;

    EventType(String ceType, Topic topic, Class<? extends DomainEvent> dataClass, Publisher publisher) {
        this.ceType = ceType;
        this.topic = topic;
        this.dataClass = dataClass;
        this.publisher = publisher;
    }

    public String ceType() {
        return ceType;
    }

    public Topic topic() {
        return topic;
    }

    public Class<? extends DomainEvent> dataClass() {
        return dataClass;
    }

    public Publisher publisher() {
        return publisher;
    }

    /**
     * The default ce_source, the publishing service: {@code /telefonpolicy/<service>}. A publisher may
     * send a more specific source (e.g. {@code /telefonpolicy/pbx-connector/informera} for one of two
     * PBXs); consumers must not parse it.
     */
    public URI source() {
        return publisher.source();
    }

    /** The area, the second segment of the ce_type: {@code pbx}, {@code directory}, … */
    public String area() {
        return ceType.split("\\.")[2];
    }

    /** The event segment of the ce_type, e.g. {@code voicemail-left}. */
    public String eventName() {
        return ceType.split("\\.")[3];
    }

    /** The version segment of the ce_type, equal to the topic's, e.g. {@code v1}. */
    public String version() {
        return ceType.split("\\.")[4];
    }

    /**
     * True for the deletions on compacted topics: the Kafka value is null (a tombstone, so compaction
     * drops the entity) and the event is rebuilt from the key, ce_subject and ce_time.
     */
    public boolean tombstone() {
        return this == UNIT_DELETED || this == EMPLOYEE_DELETED;
    }

    public static Optional<EventType> byCeType(String ceType) {
        return Optional.ofNullable(ceType).map(BY_CE_TYPE::get);
    }
}
