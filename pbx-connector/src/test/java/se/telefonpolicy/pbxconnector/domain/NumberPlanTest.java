package se.telefonpolicy.pbxconnector.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class NumberPlanTest {

    private final NumberPlan plan = new NumberPlan(Pattern.compile("\\d{4}"), Optional.of("+4622344"), "SE", "0");

    @Test
    void fourDigitsAreAnExtension() {
        assertThat(plan.caller("1234")).isEqualTo(Party.internal("1234"));
        assertThat(plan.called("1234", false)).isEqualTo(Party.internal("1234"));
    }

    @Test
    void swedishNumbersInEveryWrittenFormBecomeE164() {
        assertThat(plan.caller("0705550101").e164()).isEqualTo("+46705550101");
        assertThat(plan.caller("+46705550101").e164()).isEqualTo("+46705550101");
        assertThat(plan.caller("0046705550101").e164()).isEqualTo("+46705550101");
        assertThat(plan.caller("070-555 01 01").e164()).isEqualTo("+46705550101");
        assertThat(plan.caller("004722334455").e164()).isEqualTo("+4722334455");
    }

    @Test
    void theAccessCodeIsStrippedOnlyFromWhatAnInternalCallerDialled() {
        assertThat(plan.called("00705550101", true).e164()).isEqualTo("+46705550101");
        assertThat(plan.called("0705550101", true).e164()).isEqualTo("+46705550101");
        // dialled from outside, 00 is the international prefix: 0070… is no possible number, so not a party
        assertThat(plan.called("00705550101", false).kind()).isEqualTo(Party.Kind.WITHHELD);
    }

    @Test
    void theMunicipalitysDirectDialNumberIsItsExtension() {
        assertThat(plan.caller("0223441234")).isEqualTo(Party.internal("1234"));
        assertThat(plan.called("+46223441234", false)).isEqualTo(Party.internal("1234"));
        assertThat(plan.directNumber("1234")).contains("+46223441234");
        // the switchboard's number in the same range is not an extension: external
        assertThat(plan.called("+4622344100", false).kind()).isEqualTo(Party.Kind.EXTERNAL);
    }

    @Test
    void withheldAnonymousAndFeatureCodes() {
        assertThat(plan.caller("").kind()).isEqualTo(Party.Kind.WITHHELD);
        assertThat(plan.caller("anonymous").kind()).isEqualTo(Party.Kind.WITHHELD);
        assertThat(plan.caller("12").kind()).isEqualTo(Party.Kind.WITHHELD);
        assertThat(plan.called("*97", true).kind()).isEqualTo(Party.Kind.FEATURE_CODE);
    }

    @Test
    void aPlanWithoutDirectDialHasNoDirectNumbers() {
        NumberPlan plain = new NumberPlan(Pattern.compile("\\d{3,5}"), Optional.empty(), "SE", "");
        assertThat(plain.directNumber("1234")).isEmpty();
        assertThat(plain.caller("12345")).isEqualTo(Party.internal("12345"));
    }

    @Test
    void aDirectDialPrefixMustBeE164() {
        assertThatThrownBy(() -> new NumberPlan(Pattern.compile("\\d{4}"), Optional.of("022344"), "SE", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
