package se.telefonpolicy.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import se.telefonpolicy.contracts.availability.DivertTarget;
import se.telefonpolicy.contracts.availability.DivertTargetKind;
import se.telefonpolicy.contracts.compliance.BreachSubjectType;
import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.contracts.compliance.SlaBreached;
import se.telefonpolicy.contracts.pbx.CallOffered;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;

/** Acceptance 3: a missing required field, a malformed phone number or an unknown enum value fails, naming the field. */
class ValidationTest {

    private static final Instant LEFT_AT = Instant.parse("2026-11-30T09:03:10Z");

    @Test
    void missingRequiredFieldIsNamed() {
        assertThatThrownBy(() -> new VoicemailLeft("pbx-1", "e-2077", null, "+46701234567", null, 42))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.field()).isEqualTo("leftAt"))
                .hasMessage("leftAt is required");
    }

    @Test
    void missingRequiredFieldInJsonIsNamedTheSameWay() {
        var e = catchThrowableOfType(InvalidEventException.class, () -> EventJson.fromJson(EventType.VOICEMAIL_LEFT,
                "{\"callId\":\"pbx-1\",\"employeeId\":\"e-2077\",\"leftAt\":\"2026-11-30T09:03:10Z\"}"));
        assertThat(e.field()).isEqualTo("durationSeconds");
        assertThat(e).hasMessage("durationSeconds is required");
    }

    @Test
    void malformedPhoneNumberIsNamedButNotRepeated() {
        var e = catchThrowableOfType(InvalidEventException.class,
                () -> new VoicemailLeft("pbx-1", "e-2077", null, "070-123 45 67", LEFT_AT, 42));
        assertThat(e.field()).isEqualTo("callerNumber");
        assertThat(e.getMessage()).startsWith("callerNumber must be a phone number in E.164 form").doesNotContain("070");
    }

    @Test
    void unknownEnumValueIsNamed() {
        var e = catchThrowableOfType(InvalidEventException.class, () -> EventJson.fromJson(EventType.STATUS_CHANGED,
                "{\"employeeId\":\"e-2077\",\"status\":\"ON_HOLIDAY\",\"source\":\"PBX\",\"changedAt\":\"2026-11-30T08:55:00Z\"}"));
        assertThat(e.field()).isEqualTo("status");
        assertThat(e.getMessage()).contains("unknown value 'ON_HOLIDAY'", "VACATION");
    }

    @Test
    void nestedFieldsAreNamedByTheirPath() {
        var kind = catchThrowableOfType(InvalidEventException.class, () -> EventJson.fromJson(EventType.STATUS_CHANGED,
                "{\"employeeId\":\"e-2077\",\"status\":\"LUNCH\",\"source\":\"PBX\",\"changedAt\":\"2026-11-30T11:00:00Z\","
                        + "\"divertTarget\":{\"kind\":\"COLLEAGUE\"}}"));
        assertThat(kind.field()).isEqualTo("divertTarget.targetId");

        var number = catchThrowableOfType(InvalidEventException.class, () -> EventJson.fromJson(EventType.EMPLOYEE_SNAPSHOT,
                "{\"employeeId\":\"e-2077\",\"voicemailEnabled\":true,\"active\":true,\"updatedAt\":\"2026-11-30T11:00:00Z\","
                        + "\"phoneNumbers\":[{\"kind\":\"WORK\",\"number\":\"+4622344077\"},{\"kind\":\"MOBILE\",\"number\":\"0702345678\"}]}"));
        assertThat(number.field()).isEqualTo("phoneNumbers[1].number");
    }

    @Test
    void alternativesAreNamedAsAGroup() {
        assertThatThrownBy(() -> new CallOffered("pbx-1", "e-2077", "u-bygglov", null, null, LEFT_AT))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.field()).isEqualTo("employeeId|unitId"));
        assertThatThrownBy(() -> new CallOffered("pbx-1", null, null, null, null, LEFT_AT))
                .hasMessage("employeeId|unitId is required: exactly one of them must be present");
    }

    @Test
    void blankTextIsRefused() {
        assertThatThrownBy(() -> new CallOffered(" ", "e-2077", null, null, null, LEFT_AT)).hasMessage("callId must not be blank");
        assertThatThrownBy(() -> new DivertTarget(DivertTargetKind.VOICEMAIL, "e-1"))
                .hasMessage("targetId must be left out when kind is VOICEMAIL");
    }

    @Test
    void breachSubjectIsNeverAPhoneNumber() {
        assertThatThrownBy(() -> new SlaBreached("b-1", RuleId.CALLBACK_2WD, "u-bygglov", null, null,
                BreachSubjectType.CALLBACK_TASK, "+46701234567", null, LEFT_AT))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.field()).isEqualTo("subjectId"));
        assertThatThrownBy(() -> new SlaBreached("b-1", RuleId.SERVICE_DESK_STAFFED, "u-bygglov", null, null,
                BreachSubjectType.COVERAGE_GAP, "+4622344000", null, LEFT_AT))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.field()).isEqualTo("subjectId"));
    }

    /** A municipality whose HR numbers are 7 digits or more: their breaches are sent like anyone's. */
    @ParameterizedTest
    @ValueSource(strings = {"1234567", "19850412", "0701234567", "123-456 789", "4622344000"})
    void anEmployeeIdOfAnyLengthIsABreachSubject(String employeeId) {
        SlaBreached breach = new SlaBreached("b-1", RuleId.DIVERSION_STALE, "u-bygglov", null, employeeId,
                BreachSubjectType.EMPLOYEE, employeeId, null, LEFT_AT);
        assertThat(breach.subjectId()).isEqualTo(employeeId);
    }

    /** The subject's kind says what it is: an employee subject is the breach's employee, a unit subject its unit. */
    @Test
    void anEmployeeOrUnitSubjectIsTheEventsOwnEmployeeOrUnit() {
        assertThatThrownBy(() -> new SlaBreached("b-1", RuleId.DIVERSION_STALE, "u-bygglov", null, "e-1",
                BreachSubjectType.EMPLOYEE, "0701234567", null, LEFT_AT))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.field()).isEqualTo("subjectId"));
        assertThatThrownBy(() -> new SlaBreached("b-1", RuleId.DIVERSION_STALE, "u-bygglov", null, null,
                BreachSubjectType.EMPLOYEE, "e-1", null, LEFT_AT))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.field()).isEqualTo("employeeId"));
        assertThatThrownBy(() -> new SlaBreached("b-1", RuleId.DIRECTORY_CORRECT, "u-bygglov", null, null,
                BreachSubjectType.UNIT, "u-other", null, LEFT_AT))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.field()).isEqualTo("subjectId"));
        assertThat(new SlaBreached("b-1", RuleId.DIRECTORY_CORRECT, "1234567", null, null,
                BreachSubjectType.UNIT, "1234567", null, LEFT_AT).subjectId()).isEqualTo("1234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+4622344000", "+46701234567", "+12025550123", "+447911123456"})
    void e164NumbersPass(String number) {
        assertThat(Require.isE164(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0223-44000", "+46 223 44000", "+460223440000", "+4612", "+99912345678", "46701234567", "+46701234567x", ""})
    void nonE164NumbersFail(String number) {
        assertThat(Require.isE164(number)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2026-11-30T10:03:10+01:00\"", "1764493390", "\"2026-11-30 09:03:10\"", "\"2026-02-30T09:03:10Z\""})
    void instantsMustBeUtcIsoStrings(String leftAt) {
        var e = catchThrowableOfType(InvalidEventException.class, () -> EventJson.fromJson(EventType.VOICEMAIL_LEFT,
                "{\"callId\":\"pbx-1\",\"employeeId\":\"e-2077\",\"leftAt\":" + leftAt + ",\"durationSeconds\":42}"));
        assertThat(e.field()).isEqualTo("leftAt");
        assertThat(e.getMessage()).contains("UTC ISO-8601");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{\"callId\":", "[]", "null", "\"text\""})
    void notAnObjectIsTheWholeEventsFault(String json) {
        var e = catchThrowableOfType(InvalidEventException.class, () -> EventJson.fromJson(EventType.VOICEMAIL_LEFT, json));
        assertThat(e.field()).isEqualTo(InvalidEventException.WHOLE_EVENT);
    }

    @Test
    void duplicateFieldsAreRefused() {
        assertThatThrownBy(() -> EventJson.fromJson(EventType.CALLBACK_COMPLETED,
                "{\"taskId\":\"t-1\",\"taskId\":\"t-2\",\"outcome\":\"REACHED\",\"completedAt\":\"2026-12-01T13:34:00Z\"}"))
                .hasMessageContaining("Duplicate field 'taskId'");
    }

    // The schemas and the records are two statements of one contract; these keep them agreeing.

    static Stream<Arguments> exampleFields() {
        List<Arguments> cases = new ArrayList<>();
        for (EventType type : EventType.values()) {
            if (!type.tombstone()) {
                Docs.readTree(Docs.exampleFile(type)).fieldNames().forEachRemaining(f -> cases.add(Arguments.of(type, f)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("exampleFields")
    void schemaAndRecordAgreeOnEveryLeftOutField(EventType type, String field) {
        ObjectNode json = example(type);
        json.remove(field);
        boolean schemaAccepts = Docs.validate(type, json.toString()).isEmpty();
        boolean requiredBySchema = requiredFields(type).contains(field);

        var refused = catchThrowableOfType(InvalidEventException.class, () -> EventJson.fromJson(type, json.toString()));

        assertThat(refused == null).as("record accepts %s without %s", type, field).isEqualTo(schemaAccepts);
        if (requiredBySchema) {
            assertThat(refused).isNotNull();
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused).hasMessage(field + " is required");
        } else if (refused != null) {
            assertThat(refused.field()).contains(field);
        }
    }

    @ParameterizedTest(name = "{0} with a wrongly typed {1}")
    @MethodSource("exampleFields")
    void wronglyTypedFieldIsRefusedByBothAndNamed(EventType type, String field) {
        ObjectNode json = example(type);
        json.set(field, json.get(field).isBoolean() ? TextNode.valueOf("yes") : BooleanNode.TRUE);

        assertThat(Docs.validate(type, json.toString())).isNotEmpty();
        var refused = catchThrowableOfType(InvalidEventException.class, () -> EventJson.fromJson(type, json.toString()));
        assertThat(refused).isNotNull();
        assertThat(refused.field()).startsWith(field);
    }

    @ParameterizedTest(name = "{0} with a malformed or unknown {1}")
    @MethodSource("exampleFields")
    void malformedPhoneNumbersAndUnknownEnumValuesAreRefusedByBothAndNamed(EventType type, String field) {
        JsonNode property = resolve(type, Docs.readTree(Docs.schemaFile(type)).path("properties").path(field));
        String bad;
        if (property.path("pattern").asText().startsWith("^\\+[1-9]")) {
            bad = "0701234567";
        } else if (property.has("enum")) {
            bad = "NOT_A_" + field.toUpperCase();
        } else {
            return; // neither a phone number nor an enum
        }
        ObjectNode json = example(type);
        json.put(field, bad);

        assertThat(Docs.validate(type, json.toString())).isNotEmpty();
        var refused = catchThrowableOfType(InvalidEventException.class, () -> EventJson.fromJson(type, json.toString()));
        assertThat(refused).isNotNull();
        assertThat(refused.field()).isEqualTo(field);
        assertThat(refused.getMessage()).doesNotContain("0701234567");
    }

    private static ObjectNode example(EventType type) {
        return (ObjectNode) Docs.readTree(Docs.exampleFile(type));
    }

    private static List<String> requiredFields(EventType type) {
        List<String> required = new ArrayList<>();
        Docs.readTree(Docs.schemaFile(type)).path("required").forEach(r -> required.add(r.asText()));
        return required;
    }

    /** Follows a {@code #/$defs/…} reference of a property. */
    private static JsonNode resolve(EventType type, JsonNode property) {
        String ref = property.path("$ref").asText();
        if (ref.startsWith("#/$defs/")) {
            return Docs.readTree(Docs.schemaFile(type)).path("$defs").path(ref.substring("#/$defs/".length()));
        }
        return property;
    }
}
