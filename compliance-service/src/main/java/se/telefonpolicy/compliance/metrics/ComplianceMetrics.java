package se.telefonpolicy.compliance.metrics;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import se.telefonpolicy.compliance.domain.CallLeg;
import se.telefonpolicy.compliance.domain.DirectoryRules;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.platform.tx.AfterCommit;

/**
 * The metric contract with deploy/grafana and deploy/prometheus (see the README): names telefonpolicy_*,
 * labels unit and rule only (topic on the DLQ gauge). Every series a known unit can have is registered
 * at 0, so dashboards are never empty and increase() works from the first event.
 */
@ApplicationScoped
public class ComplianceMetrics {

    /** The rules that record breaches, one breaches_total series each per unit. */
    public static final List<RuleId> BREACH_RULES = List.of(RuleId.CALLBACK_2WD, RuleId.PROMISE_KEPT,
            RuleId.DIVERSION_RETURN_TIME, RuleId.DIVERSION_STALE, RuleId.SERVICE_DESK_STAFFED, RuleId.VOICEMAIL_ENABLED,
            RuleId.GREETING_RECORDED, RuleId.DIRECTORY_CORRECT);
    public static final List<RuleId> CALLBACK_RULES = List.of(RuleId.CALLBACK_2WD, RuleId.PROMISE_KEPT);
    /** Working hours: under a day, a working day (8 h), two (16 h, the 2WD limit), three, six. */
    private static final double[] CALLBACK_HOURS_BUCKETS = { 1, 2, 4, 8, 16, 24, 48 };

    public static final String UNIT_INFO = "telefonpolicy.unit.info";
    public static final String CALLBACKS_OPEN = "telefonpolicy.callbacks.open";
    public static final String CALLBACKS_OVERDUE = "telefonpolicy.callbacks.overdue";
    public static final String CALLBACKS_DUE_SOON = "telefonpolicy.callbacks.due_soon";
    public static final String BREACHES = "telefonpolicy.breaches";
    public static final String CALLBACK_TIME = "telefonpolicy.callback.time.working.hours";
    /** Calls: first legs, one per call (the leg the call was first offered to). */
    public static final String CALLS_OFFERED = "telefonpolicy.calls.offered";
    public static final String CALLS_ANSWERED = "telefonpolicy.calls.answered";
    public static final String CALLS_MISSED = "telefonpolicy.calls.missed";
    /** Every leg: one offer of a call to one party (a transfer offers a new one). */
    public static final String LEGS_OFFERED = "telefonpolicy.call.legs.offered";
    public static final String LEGS_ANSWERED = "telefonpolicy.call.legs.answered";
    public static final String LEGS_MISSED = "telefonpolicy.call.legs.missed";
    public static final String CALLS_BOUNCED = "telefonpolicy.calls.bounced";
    public static final String COVERAGE_RATIO = "telefonpolicy.service.desk.coverage.ratio";
    public static final String UNSTAFFED = "telefonpolicy.service.desk.unstaffed";
    public static final String DIVERSIONS_WITHOUT_RETURN_TIME = "telefonpolicy.diversions.without.return.time";
    public static final String DIVERSIONS_STALE = "telefonpolicy.diversions.stale";
    public static final String DIRECTORY_PROBLEMS = "telefonpolicy.directory.problems";
    public static final String DLQ_RECORDS = "telefonpolicy.dlq.records";

    private final MeterRegistry registry;
    private final AfterCommit afterCommit;
    /** Gauge values by meter name and tags; a gauge reads its holder. */
    private final Map<String, AtomicReference<Double>> gauges = new ConcurrentHashMap<>();
    private final Map<String, Tags> unitInfo = new ConcurrentHashMap<>();
    private final Set<String> knownUnits = ConcurrentHashMap.newKeySet();
    private final Set<String> serviceDesks = ConcurrentHashMap.newKeySet();

    public ComplianceMetrics(MeterRegistry registry, AfterCommit afterCommit) {
        this.registry = registry;
        this.afterCommit = afterCommit;
    }

    // ---- counters and the histogram: moved by the instance that recorded the fact, after its commit

    public void breachRecorded(RuleId rule, String unit) {
        afterCommit.run(() -> breaches(rule, unit).increment());
    }

    /** What one news fact of a leg completed (CallLeg.Counted), per leg and for first legs. */
    public void legCounted(String unit, CallLeg.Counted counted) {
        afterCommit.run(() -> {
            increment(counted.legOffered(), LEGS_OFFERED, unit);
            increment(counted.legAnswered(), LEGS_ANSWERED, unit);
            increment(counted.legMissed(), LEGS_MISSED, unit);
            increment(counted.callOffered(), CALLS_OFFERED, unit);
            increment(counted.callAnswered(), CALLS_ANSWERED, unit);
            increment(counted.callMissed(), CALLS_MISSED, unit);
        });
    }

    public void callBounced(String unit) {
        afterCommit.run(() -> counter(CALLS_BOUNCED, unit).increment());
    }

    public void callbackTime(RuleId rule, String unit, double workingHours) {
        afterCommit.run(() -> callbackTime(rule, unit).record(workingHours));
    }

    // ---- the unit's series, registered at 0 once the unit is known

    /** Registers every series of the unit at 0 (once) and keeps its info series' names current. */
    public void unitKnown(String unit, String name, String parentUnit, boolean serviceDesk) {
        Tags info = Tags.of("unit", unit, "unit_name", name, "parent_unit", parentUnit == null ? "" : parentUnit);
        Tags previous = unitInfo.put(unit, info);
        if (previous != null && !previous.equals(info)) {
            registry.find(UNIT_INFO).tags(previous).meters().forEach(registry::remove);
            gauges.remove(UNIT_INFO + previous);
        }
        gauge(UNIT_INFO, info).set(1.0);
        if (knownUnits.add(unit)) {
            BREACH_RULES.forEach(rule -> breaches(rule, unit));
            CALLBACK_RULES.forEach(rule -> callbackTime(rule, unit));
            List.of(CALLS_OFFERED, CALLS_ANSWERED, CALLS_MISSED, CALLS_BOUNCED, LEGS_OFFERED, LEGS_ANSWERED, LEGS_MISSED)
                    .forEach(name1 -> counter(name1, unit));
            List.of(CALLBACKS_OPEN, CALLBACKS_OVERDUE, CALLBACKS_DUE_SOON, DIVERSIONS_WITHOUT_RETURN_TIME, DIVERSIONS_STALE)
                    .forEach(g -> unitGauge(g, unit));
            DirectoryRules.RULES.forEach(rule -> gauge(DIRECTORY_PROBLEMS, Tags.of("rule", rule.name(), "unit", unit)));
        }
        if (serviceDesk && serviceDesks.add(unit)) {
            unitGauge(COVERAGE_RATIO, unit);
            unitGauge(UNSTAFFED, unit);
        }
    }

    /** A deleted unit's series go: a dashboard should not show it any more. */
    public void unitGone(String unit) {
        Tags info = unitInfo.remove(unit);
        if (info != null) {
            registry.find(UNIT_INFO).tags(info).meters().forEach(registry::remove);
            gauges.remove(UNIT_INFO + info);
        }
    }

    public Set<String> knownUnits() {
        return Set.copyOf(knownUnits);
    }

    public Set<String> serviceDesks() {
        return Set.copyOf(serviceDesks);
    }

    /** Sets a per-unit gauge (callbacks, diversions, coverage); the unit's series exists from then on. */
    public void setUnitGauge(String name, String unit, double value) {
        unitGauge(name, unit).set(value);
    }

    public void setDirectoryProblems(RuleId rule, String unit, double value) {
        gauge(DIRECTORY_PROBLEMS, Tags.of("rule", rule.name(), "unit", unit)).set(value);
    }

    public void setDeadLetters(String topic, double records) {
        gauge(DLQ_RECORDS, Tags.of("topic", topic)).set(records);
    }

    private AtomicReference<Double> unitGauge(String name, String unit) {
        return gauge(name, Tags.of("unit", unit));
    }

    private AtomicReference<Double> gauge(String name, Tags tags) {
        return gauges.computeIfAbsent(name + tags, k -> {
            AtomicReference<Double> holder = new AtomicReference<>(0.0);
            Gauge.builder(name, holder, AtomicReference::get).tags(tags).register(registry);
            return holder;
        });
    }

    private Counter breaches(RuleId rule, String unit) {
        return Counter.builder(BREACHES).tags("rule", rule.name(), "unit", unit).register(registry);
    }

    private void increment(boolean counted, String name, String unit) {
        if (counted) {
            counter(name, unit).increment();
        }
    }

    private Counter counter(String name, String unit) {
        return Counter.builder(name).tags("unit", unit).register(registry);
    }

    private DistributionSummary callbackTime(RuleId rule, String unit) {
        return DistributionSummary.builder(CALLBACK_TIME).tags("rule", rule.name(), "unit", unit)
                .serviceLevelObjectives(CALLBACK_HOURS_BUCKETS).register(registry);
    }
}
