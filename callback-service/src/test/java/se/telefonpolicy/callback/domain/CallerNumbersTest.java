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
}
