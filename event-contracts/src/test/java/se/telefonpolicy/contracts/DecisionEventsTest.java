package se.telefonpolicy.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.telefonpolicy.contracts.availability.DiversionViolated;
import se.telefonpolicy.contracts.availability.PresenceStatus;
import se.telefonpolicy.contracts.availability.ServiceDeskUnstaffed;
import se.telefonpolicy.contracts.callback.CallbackDeadlineDecided;
import se.telefonpolicy.contracts.callback.DeadlineVerdict;
import se.telefonpolicy.contracts.compliance.RuleId;

/**
 * The decision events of issue 16: the cross-field rules their records enforce, the event time each stands
 * for (ce_time), and the schemas saying the same where JSON Schema can (the generic checks in
 * {@link ValidationTest} only see each example's own shape).
 */
class DecisionEventsTest {

    private static final Instant DUE = Instant.parse("2026-12-02T16:00:00Z");
    private static final Instant SINCE = Instant.parse("2026-11-30T07:45:00Z");
    private static final Instant RETURN = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant STARTED = Instant.parse("2026-11-30T11:02:00Z");

    @Nested
    class CallbackDeadline {

        private CallbackDeadlineDecided decided(DeadlineVerdict verdict, Instant firstAttemptAt) {
            return new CallbackDeadlineDecided("t-1", RuleId.CALLBACK_2WD, verdict, "e-2077", "u-bygglov", null, DUE,
                    firstAttemptAt);
        }

        @Test
        void metNeedsAnAttemptAtOrBeforeTheDueTimeAndStandsForTheDueTime() {
            CallbackDeadlineDecided met = decided(DeadlineVerdict.MET, DUE);
            assertThat(met.occurredAt()).isEqualTo(DUE);
            assertThat(EventEnvelope.of(met).time()).isEqualTo(DUE);

            refused(() -> decided(DeadlineVerdict.MET, DUE.plusSeconds(1)), "firstAttemptAt",
                    "firstAttemptAt must be at or before dueAt for MET");
            refused(() -> decided(DeadlineVerdict.MET, null), "firstAttemptAt", "firstAttemptAt is required");
        }

        @Test
        void lateNeedsAnAttemptAfterTheDueTimeAndStandsForTheAttempt() {
            Instant attempt = DUE.plusSeconds(3600);
            CallbackDeadlineDecided late = decided(DeadlineVerdict.LATE, attempt);
            assertThat(late.occurredAt()).isEqualTo(attempt);
            assertThat(EventEnvelope.of(late).timeHeader()).isEqualTo("2026-12-02T17:00:00Z");

            refused(() -> decided(DeadlineVerdict.LATE, DUE), "firstAttemptAt", "firstAttemptAt must be after dueAt for LATE");
            refused(() -> decided(DeadlineVerdict.LATE, null), "firstAttemptAt", "firstAttemptAt is required");
        }

        @Test
        void overdueHasNoAttemptAndStandsForTheDueTime() {
            CallbackDeadlineDecided overdue = decided(DeadlineVerdict.OVERDUE, null);
            assertThat(overdue.occurredAt()).isEqualTo(DUE);
            assertThat(overdue.key()).isEqualTo("t-1");
            assertThat(overdue.subject()).isEqualTo("t-1");

            refused(() -> decided(DeadlineVerdict.OVERDUE, DUE.minusSeconds(60)), "firstAttemptAt",
                    "firstAttemptAt must be absent for OVERDUE");
        }

        @Test
        void onlyTheCallbackRulesAndSomeoneAccountable() {
            refused(() -> new CallbackDeadlineDecided("t-1", RuleId.DIVERSION_STALE, DeadlineVerdict.OVERDUE, "e-2077", null,
                    null, DUE, null), "ruleId", "ruleId must be CALLBACK_2WD or PROMISE_KEPT for a callback task");
            refused(() -> new CallbackDeadlineDecided("t-1", RuleId.PROMISE_KEPT, DeadlineVerdict.OVERDUE, null, null,
                    "e-1001", DUE, null), "unitId|assigneeEmployeeId",
                    "unitId|assigneeEmployeeId is required: at least one of them must be present");
            assertThat(new CallbackDeadlineDecided("t-1", RuleId.PROMISE_KEPT, DeadlineVerdict.OVERDUE, null, "u-bygglov",
                    null, DUE, null).unitId()).isEqualTo("u-bygglov");
        }

        @Test
        void theSchemaAsksForTheAttemptExactlyWhenTheRecordDoes() {
            EventType type = EventType.CALLBACK_DEADLINE_DECIDED;
            ObjectNode overdueWithAttempt = example(type).put("verdict", "OVERDUE");
            ObjectNode overdue = overdueWithAttempt.deepCopy();
            overdue.remove("firstAttemptAt");
            ObjectNode lateWithout = overdue.deepCopy().put("verdict", "LATE");

            bothRefuse(type, overdueWithAttempt, "firstAttemptAt");
            bothRefuse(type, lateWithout, "firstAttemptAt");
            bothAccept(type, overdue);
            bothAccept(type, example(type).put("verdict", "LATE").put("firstAttemptAt", "2026-12-03T08:15:00Z"));
        }
    }

    @Nested
    class Diversion {

        private DiversionViolated violated(RuleId rule, Instant returnAt, Instant violatedAt) {
            return new DiversionViolated("d-1", rule, "e-2077", null, PresenceStatus.MEETING, SINCE, returnAt, violatedAt);
        }

        @Test
        void aStaleDiversionNeedsItsReturnTimeAndIsViolatedAfterIt() {
            Instant violatedAt = RETURN.plusSeconds(15 * 60);
            DiversionViolated stale = violated(RuleId.DIVERSION_STALE, RETURN, violatedAt);
            assertThat(stale.occurredAt()).isEqualTo(violatedAt);
            assertThat(stale.key()).isEqualTo("e-2077");
            assertThat(stale.subject()).isEqualTo("d-1");

            refused(() -> violated(RuleId.DIVERSION_STALE, null, violatedAt), "returnAt", "returnAt is required");
            refused(() -> violated(RuleId.DIVERSION_STALE, RETURN, RETURN), "violatedAt",
                    "violatedAt must be after returnAt for DIVERSION_STALE");
        }

        @Test
        void aDiversionWithoutReturnTimeHasNoneAndIsViolatedFromItsStart() {
            DiversionViolated missing = violated(RuleId.DIVERSION_RETURN_TIME, null, SINCE);
            assertThat(EventEnvelope.of(missing).time()).isEqualTo(SINCE);

            refused(() -> violated(RuleId.DIVERSION_RETURN_TIME, RETURN, SINCE), "returnAt",
                    "returnAt must be absent for DIVERSION_RETURN_TIME");
        }

        @Test
        void onlyTheDiversionRules() {
            refused(() -> violated(RuleId.SERVICE_DESK_STAFFED, null, SINCE), "ruleId",
                    "ruleId must be DIVERSION_RETURN_TIME or DIVERSION_STALE");
        }

        @Test
        void theSchemaAsksForTheReturnTimeExactlyWhenTheRecordDoes() {
            EventType type = EventType.DIVERSION_VIOLATED;
            ObjectNode returnTimeWithOne = example(type).put("ruleId", "DIVERSION_RETURN_TIME");
            ObjectNode returnTime = returnTimeWithOne.deepCopy();
            returnTime.remove("returnAt");
            returnTime.put("violatedAt", returnTime.get("since").asText());

            bothRefuse(type, returnTimeWithOne, "returnAt");
            bothAccept(type, returnTime);
        }
    }

    @Nested
    class ServiceDesk {

        private ServiceDeskUnstaffed unstaffed(Instant breachedAt, Integer available, Integer minimum) {
            return new ServiceDeskUnstaffed("g-1", "u-kundcenter", STARTED, breachedAt, available, minimum);
        }

        @Test
        void aBreachIsAGapBelowTheMinimumAndStandsForTheEndOfTheGrace() {
            Instant breachedAt = STARTED.plusSeconds(300);
            ServiceDeskUnstaffed breach = unstaffed(breachedAt, 0, 1);
            assertThat(breach.occurredAt()).isEqualTo(breachedAt);
            assertThat(breach.key()).isEqualTo("u-kundcenter");
            assertThat(breach.subject()).isEqualTo("g-1");
            // a grace of zero: the gap is a breach at once
            assertThat(unstaffed(STARTED, 1, 2).breachedAt()).isEqualTo(STARTED);
        }

        @Test
        void refusesWhatIsNoGapOrEndsBeforeItStarts() {
            refused(() -> unstaffed(STARTED.plusSeconds(300), 2, 2), "availableCount",
                    "availableCount must be below minimumStaffing for a gap");
            refused(() -> unstaffed(STARTED.minusSeconds(1), 0, 1), "breachedAt", "breachedAt must not be before startedAt");
            refused(() -> unstaffed(STARTED, -1, 1), "availableCount", "availableCount must be 0 or more");
            refused(() -> unstaffed(STARTED, 0, 0), "minimumStaffing", "minimumStaffing must be 1 or more");
        }
    }

    private static void refused(ThrowingCallable building, String field, String message) {
        assertThatThrownBy(building)
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessage(message);
    }

    private static ObjectNode example(EventType type) {
        return (ObjectNode) Docs.readTree(Docs.exampleFile(type));
    }

    private static void bothRefuse(EventType type, ObjectNode json, String field) {
        assertThat(Docs.validate(type, json.toString())).as("schema refuses %s", json).isNotEmpty();
        assertThatThrownBy(() -> EventJson.fromJson(type, json.toString()))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private static void bothAccept(EventType type, ObjectNode json) {
        assertThat(Docs.validate(type, json.toString())).as("schema accepts %s", json).isEmpty();
        assertThat((Object) EventJson.fromJson(type, json.toString())).isInstanceOf(type.dataClass());
    }
}
