package se.telefonpolicy.callback.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallerNumbersTest {

    @Test
    void aSwedishMobileKeepsCountryCodePrefixAndLastTwoDigits() {
        assertThat(CallerNumbers.mask("+46701234567")).isEqualTo("+46 70 *** ** 67");
    }

    @Test
    void aLandlineIsMaskedTheSameWayAndNeverContainsTheNumber() {
        String masked = CallerNumbers.mask("+4622344000");
        assertThat(masked).isEqualTo("+46 22 *** ** 00");
        assertThat(masked.replaceAll("\\D", "")).doesNotContain("344");
    }

    @Test
    void aWithheldOrOddNumberRevealsNothing() {
        assertThat(CallerNumbers.mask(null)).isEqualTo("(withheld)");
        assertThat(CallerNumbers.mask("+46123")).isEqualTo("+** *** ** **");
        assertThat(CallerNumbers.mask("+46abc12345")).isEqualTo("+** *** ** **");
    }

    @Test
    void aTypedNumberBecomesE164SwedishByDefault() {
        assertThat(CallerNumbers.normalize("070-123 45 67")).contains("+46701234567");
        assertThat(CallerNumbers.normalize("+46 70 123 45 67")).contains("+46701234567");
        assertThat(CallerNumbers.normalize("0046701234567")).contains("+46701234567");
        assertThat(CallerNumbers.normalize("0223-440 00")).contains("+4622344000");
        assertThat(CallerNumbers.normalize("+358 40 1234567")).contains("+358401234567");
    }

    @Test
    void somethingThatIsNoPhoneNumberIsRefused() {
        assertThat(CallerNumbers.normalize(null)).isEmpty();
        assertThat(CallerNumbers.normalize("  ")).isEmpty();
        assertThat(CallerNumbers.normalize("ring mig")).isEmpty();
        assertThat(CallerNumbers.normalize("12")).isEmpty();
        assertThat(CallerNumbers.normalize("+999 123456789")).isEmpty();
    }
}
