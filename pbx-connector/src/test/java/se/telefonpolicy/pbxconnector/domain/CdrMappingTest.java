package se.telefonpolicy.pbxconnector.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.contracts.DomainEvent;
import se.telefonpolicy.contracts.pbx.CallAnswered;
import se.telefonpolicy.contracts.pbx.CallMissed;
import se.telefonpolicy.contracts.pbx.CallOffered;
import se.telefonpolicy.contracts.pbx.CallTransferred;
import se.telefonpolicy.contracts.pbx.MissedCallReason;
import se.telefonpolicy.contracts.pbx.OutboundCallPlaced;
import se.telefonpolicy.contracts.pbx.VoicemailLeft;
import se.telefonpolicy.pbxconnector.Cdrs;

/** The mapping table of docs/pbx-integration.md, row by row (Stockholm is UTC+1 in November). */
class CdrMappingTest {

    private static final Map<String, Person> PEOPLE = Map.of(
            "1234", new Person("anna", "bygglov", "1234"),
            "1235", new Person("bertil", "bygglov", "1235"));
    private static final Directory DIRECTORY = extension -> Optional.ofNullable(PEOPLE.get(extension));

    private final CdrMapping mapping = new CdrMapping(
            new NumberPlan(Pattern.compile("\\d{4}"), Optional.of("+4622344"), "SE", "0"), ZoneId.of("Europe/Stockholm"));

    @Test
    void anAnsweredInboundCallIsOfferedAndAnswered() {
        List<DomainEvent> events = map(Cdrs.cdr("100.1").inbound("0705550101", "1234")
                .times("2026-11-30 10:00:00", "2026-11-30 10:00:12", "2026-11-30 10:05:12", 312, 300, "ANSWERED"));

        assertThat(events).containsExactly(
                new CallOffered("100.1", "anna", null, "+46705550101", "+46223441234", Instant.parse("2026-11-30T09:00:00Z")),
                new CallAnswered("100.1", "anna", null, "anna", Instant.parse("2026-11-30T09:00:12Z"), 12));
    }

    @Test
    void answeredOnAColleaguesPhoneIsAForwardByThePbx() {
        List<DomainEvent> events = map(Cdrs.cdr("100.2").inbound("0705550101", "1234")
                .set("DestinationChannel", "PJSIP/1235-00000040")
                .times("2026-11-30 10:00:00", "2026-11-30 10:00:20", "2026-11-30 10:01:20", 80, 60, "ANSWERED"));

        assertThat(events).hasSize(3);
        assertThat(events.get(1)).isEqualTo(new CallTransferred("100.2", "anna", null, "bertil", null, null, null, 1,
                Instant.parse("2026-11-30T09:00:20Z")));
        assertThat(events.get(2)).isEqualTo(new CallAnswered("100.2", "anna", null, "bertil",
                Instant.parse("2026-11-30T09:00:20Z"), 20));
    }

    @Test
    void noAnswerAndBusyAreMissed() {
        List<DomainEvent> noAnswer = map(Cdrs.cdr("100.3").inbound("0705550102", "1234")
                .times("2026-11-30 11:00:00", "", "2026-11-30 11:00:30", 30, 0, "NO ANSWER"));
        List<DomainEvent> busy = map(Cdrs.cdr("100.4").inbound("0705550103", "1235")
                .times("2026-11-30 11:10:00", "", "2026-11-30 11:10:02", 2, 0, "BUSY"));

        assertThat(noAnswer.get(0)).isInstanceOf(CallOffered.class);
        assertThat(noAnswer.get(1)).isEqualTo(new CallMissed("100.3", "anna", null, "+46705550102", MissedCallReason.NO_ANSWER,
                Instant.parse("2026-11-30T10:00:30Z"), 30));
        assertThat(busy.get(1)).isEqualTo(new CallMissed("100.4", "bertil", null, "+46705550103", MissedCallReason.BUSY,
                Instant.parse("2026-11-30T10:10:02Z"), 2));
    }

    @Test
    void aMessageInTheMailboxIsAMissedCallAndAVoicemailForItsOwner() {
        List<DomainEvent> events = map(Cdrs.cdr("100.5").inbound("0705550104", "1234").voicemail("1234@default,u")
                .times("2026-11-30 10:02:11", "2026-11-30 10:02:36", "2026-11-30 10:03:18", 67, 42, "ANSWERED"));

        assertThat(events).containsExactly(
                new CallOffered("100.5", "anna", null, "+46705550104", "+46223441234", Instant.parse("2026-11-30T09:02:11Z")),
                new CallMissed("100.5", "anna", null, "+46705550104", MissedCallReason.NO_ANSWER,
                        Instant.parse("2026-11-30T09:02:36Z"), 25),
                new VoicemailLeft("100.5", "anna", null, "+46705550104", Instant.parse("2026-11-30T09:03:18Z"), 42));
    }

    @Test
    void theBusyGreetingIsABusyMissAndHangingUpAtTheGreetingLeavesNoMessage() {
        List<DomainEvent> events = map(Cdrs.cdr("100.6").inbound("0705550105", "1235").voicemail("1235@default,b")
                .times("2026-11-30 10:02:11", "2026-11-30 10:02:13", "2026-11-30 10:02:13", 2, 0, "ANSWERED"));

        assertThat(events).hasSize(2);
        assertThat(((CallMissed) events.get(1)).reason()).isEqualTo(MissedCallReason.BUSY);
    }

    @Test
    void anotherMailboxThanTheDialledExtensionBelongsToItsOwner() {
        // anna's calls go to bertil's mailbox while she is away: the missed call is anna's, the message bertil's
        List<DomainEvent> events = map(Cdrs.cdr("100.7").inbound("0705550106", "1234").voicemail("1235@default,u")
                .times("2026-11-30 10:00:00", "2026-11-30 10:00:20", "2026-11-30 10:01:00", 60, 40, "ANSWERED"));

        assertThat(((CallMissed) events.get(1)).employeeId()).isEqualTo("anna");
        assertThat(((VoicemailLeft) events.get(2)).employeeId()).isEqualTo("bertil");
    }

    @Test
    void anExtensionCallingOutIsAnOutboundCall() {
        List<DomainEvent> answered = map(Cdrs.cdr("100.8").outbound("1234", "00705550104")
                .times("2026-12-01 14:15:00", "2026-12-01 14:15:09", "2026-12-01 14:16:44", 104, 95, "ANSWERED"));
        List<DomainEvent> unanswered = map(Cdrs.cdr("100.9").outbound("1235", "0705550105")
                .times("2026-12-01 14:20:00", "", "2026-12-01 14:20:40", 40, 0, "NO ANSWER"));

        assertThat(answered).containsExactly(new OutboundCallPlaced("100.8", "anna", "+46705550104",
                Instant.parse("2026-12-01T13:15:00Z"), true, 95));
        assertThat(unanswered).containsExactly(new OutboundCallPlaced("100.9", "bertil", "+46705550105",
                Instant.parse("2026-12-01T13:20:00Z"), false, 0));
    }

    @Test
    void theTransferApplicationPassesTheCallOn() {
        List<DomainEvent> events = map(Cdrs.cdr("100.10").inbound("0705550107", "1234")
                .set("LastApplication", "Transfer").set("LastData", "PJSIP/1235")
                .times("2026-11-30 10:00:00", "2026-11-30 10:00:05", "2026-11-30 10:00:06", 6, 1, "ANSWERED"));

        assertThat(events).hasSize(2);
        assertThat(events.get(1)).isEqualTo(new CallTransferred("100.10", "anna", null, "bertil", null, null, null, 1,
                Instant.parse("2026-11-30T09:00:05Z")));
    }

    @Test
    void aColleagueCallingIsCalledBackOnTheirDirectNumber() {
        List<DomainEvent> events = map(Cdrs.cdr("100.11").outbound("1235", "1234")
                .times("2026-11-30 10:00:00", "", "2026-11-30 10:00:20", 20, 0, "NO ANSWER"));

        assertThat(((CallOffered) events.get(0)).callerNumber()).isEqualTo("+46223441235");
        assertThat(((CallMissed) events.get(1)).employeeId()).isEqualTo("anna");
    }

    @Test
    void failedDialsAndFeatureCodesAreIgnored() {
        assertThat(mapping.map(CdrParser.parse(Cdrs.cdr("100.12").inbound("0705550108", "1234")
                .times("2026-11-30 10:00:00", "", "2026-11-30 10:00:00", 0, 0, "CONGESTION").json()), DIRECTORY).ignored())
                .isEqualTo(CdrOutcome.IgnoreReason.NOT_CONNECTED);
        assertThat(mapping.map(CdrParser.parse(Cdrs.cdr("100.13").outbound("1234", "*97").set("LastApplication", "VoiceMailMain")
                .times("2026-11-30 10:00:00", "2026-11-30 10:00:01", "2026-11-30 10:01:00", 60, 59, "ANSWERED").json()), DIRECTORY)
                .ignored()).isEqualTo(CdrOutcome.IgnoreReason.FEATURE_CODE);
    }

    @Test
    void unknownExtensionsAndMailboxesAreRejected() {
        assertRejected(Cdrs.cdr("100.14").inbound("0705550109", "4321")
                .times("2026-11-30 10:00:00", "", "2026-11-30 10:00:30", 30, 0, "NO ANSWER"), RejectReason.UNKNOWN_EXTENSION, "Destination");
        assertRejected(Cdrs.cdr("100.15").inbound("0705550109", "1234").voicemail("4321@default,u")
                .times("2026-11-30 10:00:00", "2026-11-30 10:00:20", "2026-11-30 10:01:00", 60, 40, "ANSWERED"),
                RejectReason.UNKNOWN_EXTENSION, "LastData");
        assertRejected(Cdrs.cdr("100.16").outbound("4321", "0705550109")
                .times("2026-11-30 10:00:00", "", "2026-11-30 10:00:30", 30, 0, "NO ANSWER"), RejectReason.UNKNOWN_EXTENSION, "Source");
    }

    @Test
    void aCallBetweenTwoOutsideNumbersIsNotOurs() {
        assertRejected(Cdrs.cdr("100.17").inbound("0705550110", "0705550111")
                .times("2026-11-30 10:00:00", "", "2026-11-30 10:00:30", 30, 0, "NO ANSWER"), RejectReason.NO_INTERNAL_PARTY, "Destination");
    }

    @Test
    void anAnsweredInboundCallNeedsItsAnswerTime() {
        assertRejected(Cdrs.cdr("100.18").inbound("0705550110", "1234")
                .times("2026-11-30 10:00:00", "", "2026-11-30 10:00:30", 30, 20, "ANSWERED"), RejectReason.MISSING_FIELD, "AnswerTime");
    }

    private List<DomainEvent> map(Cdrs cdr) {
        CdrOutcome outcome = mapping.map(CdrParser.parse(cdr.json()), DIRECTORY);
        assertThat(outcome.ignored()).isNull();
        return outcome.events();
    }

    private void assertRejected(Cdrs cdr, RejectReason reason, String field) {
        assertThatThrownBy(() -> mapping.map(CdrParser.parse(cdr.json()), DIRECTORY))
                .isInstanceOfSatisfying(CdrRejected.class, r -> {
                    assertThat(r.reason()).isEqualTo(reason);
                    assertThat(r.field()).isEqualTo(field);
                    assertThat(r.getMessage()).doesNotContain("0705");
                });
    }
}
