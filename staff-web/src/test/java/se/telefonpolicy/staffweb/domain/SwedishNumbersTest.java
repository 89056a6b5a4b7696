package se.telefonpolicy.staffweb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SwedishNumbersTest {

    @Test
    void percentHasADecimalCommaAndASpaceBeforeTheSign() {
        assertThat(SwedishNumbers.percent(0.925)).isEqualTo("92,5 %");
        assertThat(SwedishNumbers.percent(0.9254)).isEqualTo("92,5 %");
        assertThat(SwedishNumbers.percent(0.9255)).isEqualTo("92,6 %");
        assertThat(SwedishNumbers.percent(1.0)).isEqualTo("100 %");
        assertThat(SwedishNumbers.percent(0.9)).isEqualTo("90 %");
        assertThat(SwedishNumbers.percent(0.0)).isEqualTo("0 %");
        assertThat(SwedishNumbers.percent(0.0004)).isEqualTo("0 %");
    }

    @Test
    void noRatioIsNoPercent() {
        assertThat(SwedishNumbers.percent(null)).isNull();
        assertThat(SwedishNumbers.percent(Double.NaN)).isNull();
    }

    @Test
    void decimalsAndThousands() {
        assertThat(SwedishNumbers.decimal(3.25, 1)).isEqualTo("3,3");
        assertThat(SwedishNumbers.decimal(3.0, 2)).isEqualTo("3");
        assertThat(SwedishNumbers.decimal(12345.5, 1)).isEqualTo("12\u00a0345,5");
        assertThat(SwedishNumbers.decimal(-1.5, 1)).isEqualTo("-1,5");
        assertThat(SwedishNumbers.count(0)).isEqualTo("0");
        assertThat(SwedishNumbers.count(999)).isEqualTo("999");
        assertThat(SwedishNumbers.count(1000)).isEqualTo("1\u00a0000");
        assertThat(SwedishNumbers.count(1234567)).isEqualTo("1\u00a0234\u00a0567");
    }

    @Test
    void durationsInHoursAndMinutesRoundedDown() {
        assertThat(SwedishNumbers.duration(0)).isEqualTo("0 min");
        assertThat(SwedishNumbers.duration(-5)).isEqualTo("0 min");
        assertThat(SwedishNumbers.duration(59)).isEqualTo("under 1 min");
        assertThat(SwedishNumbers.duration(60)).isEqualTo("1 min");
        assertThat(SwedishNumbers.duration(45 * 60 + 59)).isEqualTo("45 min");
        assertThat(SwedishNumbers.duration(8 * 3600)).isEqualTo("8 tim");
        assertThat(SwedishNumbers.duration(6 * 3600 + 30 * 60)).isEqualTo("6 tim 30 min");
        assertThat(SwedishNumbers.duration(8 * 3600 - 1)).isEqualTo("7 tim 59 min");
    }
}
