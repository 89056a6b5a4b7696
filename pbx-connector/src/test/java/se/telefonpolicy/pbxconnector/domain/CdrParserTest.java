package se.telefonpolicy.pbxconnector.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.pbxconnector.Cdrs;

class CdrParserTest {

    private static final String RECORD = """
            {"AccountCode":"","Source":"0705550101","Destination":"1234","DestinationContext":"from-trunk",\
            "CallerID":"\\"\\" <0705550101>","Channel":"PJSIP/trunk-00000010","DestinationChannel":"",\
            "LastApplication":"VoiceMail","LastData":"1234@default,u","StartTime":"2026-11-30 10:02:11",\
            "AnswerTime":"2026-11-30 10:02:36","EndTime":"2026-11-30 10:03:18","Duration":67,"Billsec":42,\
            "Disposition":"ANSWERED","AMAFlags":"DOCUMENTATION","UniqueID":"1764493331.16","UserField":""}""";

    @Test
    void readsCdrKafkasRecord() {
        CdrRecord cdr = CdrParser.parse(RECORD);

        assertThat(cdr.source()).isEqualTo("0705550101");
        assertThat(cdr.destination()).isEqualTo("1234");
        assertThat(cdr.lastApplication()).isEqualTo("VoiceMail");
        assertThat(cdr.lastData()).isEqualTo("1234@default,u");
        assertThat(cdr.startTime()).isEqualTo(LocalDateTime.of(2026, 11, 30, 10, 2, 11));
        assertThat(cdr.answerTime()).isEqualTo(LocalDateTime.of(2026, 11, 30, 10, 2, 36));
        assertThat(cdr.duration()).isEqualTo(67);
        assertThat(cdr.billsec()).isEqualTo(42);
        assertThat(cdr.disposition()).isEqualTo(Disposition.ANSWERED);
        assertThat(cdr.uniqueId()).isEqualTo("1764493331.16");
    }

    @Test
    void anEmptyAnswerTimeIsUnanswered() {
        CdrRecord cdr = CdrParser.parse(Cdrs.cdr("1.1").inbound("0705550101", "1234")
                .times("2026-11-30 10:00:00", "", "2026-11-30 10:00:30", 30, 0, "NO ANSWER").json());
        assertThat(cdr.answerTime()).isNull();
        assertThat(cdr.disposition()).isEqualTo(Disposition.NO_ANSWER);
    }

    @Test
    void garbageIsMalformedJson() {
        assertRejected("{\"Source\": \"07055", RejectReason.MALFORMED_JSON, "$");
        assertRejected("[1,2]", RejectReason.MALFORMED_JSON, "$");
        assertRejected("", RejectReason.MALFORMED_JSON, "$");
        assertRejected(null, RejectReason.MALFORMED_JSON, "$");
    }

    @Test
    void missingAndInvalidFieldsAreNamed() {
        Cdrs base = Cdrs.cdr("1.2").inbound("0705550101", "1234")
                .times("2026-11-30 10:00:00", "2026-11-30 10:00:05", "2026-11-30 10:01:00", 60, 55, "ANSWERED");
        assertRejected(base.json().replace("\"UniqueID\":\"1.2\",", ""), RejectReason.MISSING_FIELD, "UniqueID");
        assertRejected(Cdrs.cdr("").inbound("0705550101", "1234")
                .times("2026-11-30 10:00:00", "", "2026-11-30 10:00:30", 30, 0, "BUSY").json(), RejectReason.MISSING_FIELD, "UniqueID");
        assertRejected(Cdrs.cdr("1.3").inbound("0705550101", "1234")
                .times("30/11/2026 10:00", "", "2026-11-30 10:00:30", 30, 0, "BUSY").json(), RejectReason.INVALID_FIELD, "StartTime");
        assertRejected(Cdrs.cdr("1.4").inbound("0705550101", "1234")
                .times("2026-11-30 10:00:00", "", "2026-11-30 10:00:30", 30, 0, "HUNG UP").json(), RejectReason.INVALID_FIELD, "Disposition");
        assertRejected(Cdrs.cdr("1.5").inbound("0705550101", "1234")
                .times("2026-11-30 10:00:00", "", "2026-11-30 10:00:30", 30, 0, "BUSY").set("Billsec", "0").json(),
                RejectReason.INVALID_FIELD, "Billsec");
        assertRejected(Cdrs.cdr("1.6").inbound("0705550101", "1234")
                .times("2026-11-30 10:00:00", "", "2026-11-30 10:00:30", 30, 0, "BUSY").without("Disposition").json(),
                RejectReason.MISSING_FIELD, "Disposition");
    }

    @Test
    void rejectionsNeverRepeatTheNumber() {
        assertThatThrownBy(() -> CdrParser.parse("{\"Source\":\"0705550101\",\"Destination\":\"12"))
                .isInstanceOf(CdrRejected.class).message().doesNotContain("0705550101");
    }

    private static void assertRejected(String json, RejectReason reason, String field) {
        assertThatThrownBy(() -> CdrParser.parse(json)).isInstanceOfSatisfying(CdrRejected.class, r -> {
            assertThat(r.reason()).isEqualTo(reason);
            assertThat(r.field()).isEqualTo(field);
        });
    }
}
