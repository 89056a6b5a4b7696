package se.telefonpolicy.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.telefonpolicy.contracts.compliance.RuleId;
import se.telefonpolicy.contracts.directory.EmployeeSnapshot;
import se.telefonpolicy.contracts.directory.Greeting;
import se.telefonpolicy.contracts.directory.PhoneNumber;
import se.telefonpolicy.contracts.directory.PhoneNumberKind;

/** VOICEMAIL_ENABLED, GREETING_RECORDED, DIRECTORY_CORRECT with directory-service's thresholds and a fixed now. */
class DirectoryRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final DirectoryRules RULES = new DirectoryRules(Duration.ofDays(365), 30);

    private static EmployeeSnapshot snapshot(String lastName, boolean voicemail, Integer greetingSeconds, Instant verifiedAt,
            boolean active) {
        return new EmployeeSnapshot("e1", null, "Karin", lastName, null, "u1", null,
                List.of(new PhoneNumber(PhoneNumberKind.WORK, "+4622344000")), null, null, voicemail,
                greetingSeconds == null ? null : new Greeting(NOW.minusSeconds(86400), greetingSeconds), List.of(),
                verifiedAt, active, NOW);
    }

    @Test
    void aCompleteConfirmedEmployeeHasNoProblem() {
        assertThat(RULES.problems(EmployeeFacts.of(snapshot("Berg", true, 30, NOW.minus(Duration.ofDays(365)), true)), true, NOW))
                .isEmpty();
    }

    @Test
    void voicemailOffAndAMissingOrLongGreetingAreProblems() {
        assertThat(RULES.problems(EmployeeFacts.of(snapshot("Berg", false, null, NOW, true)), true, NOW))
                .containsExactlyInAnyOrder(RuleId.VOICEMAIL_ENABLED, RuleId.GREETING_RECORDED);
        assertThat(RULES.problems(EmployeeFacts.of(snapshot("Berg", true, 31, NOW, true)), true, NOW))
                .containsExactly(RuleId.GREETING_RECORDED);
    }

    @Test
    void directoryCorrectNeedsTheFieldsARecentConfirmationAndAManager() {
        assertThat(RULES.problems(EmployeeFacts.of(snapshot(null, true, 20, NOW, true)), true, NOW))
                .containsExactly(RuleId.DIRECTORY_CORRECT);
        assertThat(RULES.problems(EmployeeFacts.of(snapshot("Berg", true, 20, NOW.minus(Duration.ofDays(366)), true)), true, NOW))
                .containsExactly(RuleId.DIRECTORY_CORRECT);
        assertThat(RULES.problems(EmployeeFacts.of(snapshot("Berg", true, 20, null, true)), true, NOW))
                .containsExactly(RuleId.DIRECTORY_CORRECT);
        assertThat(RULES.problems(EmployeeFacts.of(snapshot("Berg", true, 20, NOW, true)), false, NOW))
                .containsExactly(RuleId.DIRECTORY_CORRECT);
    }

    @Test
    void anInactiveEmployeeHasNone() {
        assertThat(RULES.problems(EmployeeFacts.of(snapshot(null, false, null, null, false)), false, NOW)).isEmpty();
    }
}
