package se.telefonpolicy.availability.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Erlang C against the published example: 200 calls/h, AHT 180 s, answered within 20 s. */
class ErlangCTest {

    private final ErlangC desk = new ErlangC(200, 180, 20);

    @Test
    void theTrafficIsCallsPerSecondTimesHandlingTime() {
        assertThat(desk.trafficErlangs()).isCloseTo(10.0, within(1e-12));
    }

    @Test
    void thirteenAgentsMatchThePublishedValues() {
        ErlangC.Figures f = desk.figures(13);
        assertThat(f.probabilityOfWaiting()).isCloseTo(0.2853, within(0.00005));
        assertThat(f.serviceLevel()).isCloseTo(0.7956, within(0.00005));
        assertThat(f.occupancy()).isCloseTo(10.0 / 13, within(1e-12));
        assertThat(f.stable()).isTrue();
    }

    @Test
    void fourteenAgentsMatchThePublishedValues() {
        ErlangC.Figures f = desk.figures(14);
        assertThat(f.probabilityOfWaiting()).isCloseTo(0.1741, within(0.00005));
        assertThat(f.serviceLevel()).isCloseTo(0.8884, within(0.00005));
        assertThat(f.averageSpeedOfAnswerSeconds()).isCloseTo(7.84, within(0.005));
        assertThat(f.occupancy()).isCloseTo(10.0 / 14, within(1e-12));
    }

    @Test
    void eightyPercentInTwentySecondsNeedsFourteenAgents() {
        assertThat(desk.agentsNeeded(0.80)).get().extracting(ErlangC.Figures::agents).isEqualTo(14);
        assertThat(desk.agentsNeeded(0.79)).get().extracting(ErlangC.Figures::agents).isEqualTo(13);
    }

    @Test
    void aTeamNoLargerThanTheTrafficNeverCatchesUp() {
        ErlangC.Figures f = desk.figures(10);
        assertThat(f.stable()).isFalse();
        assertThat(f.probabilityOfWaiting()).isEqualTo(1.0);
        assertThat(f.serviceLevel()).isEqualTo(0.0);
        assertThat(f.averageSpeedOfAnswerSeconds()).isNull();
    }

    @Test
    void twoHundredAgentsStayFiniteAndBetweenZeroAndOne() {
        // 190 Erlangs: A^200/200! overflows a double; the recursion does not
        ErlangC busy = new ErlangC(3800, 180, 20);
        for (int n = 191; n <= ErlangC.MAX_AGENTS; n++) {
            ErlangC.Figures f = busy.figures(n);
            assertThat(f.probabilityOfWaiting()).isBetween(0.0, 1.0);
            assertThat(f.serviceLevel()).isBetween(0.0, 1.0);
            assertThat(f.averageSpeedOfAnswerSeconds()).isFinite().isPositive();
        }
        // the probability of waiting falls as the team grows
        assertThat(busy.figures(200).probabilityOfWaiting()).isLessThan(busy.figures(195).probabilityOfWaiting());
        assertThat(new ErlangC(1, 180, 20).figures(1).probabilityOfWaiting()).isCloseTo(0.05, within(1e-12));
    }

    @Test
    void moreTrafficThanTwoHundredAgentsCanTakeHasNoAdvice() {
        assertThat(new ErlangC(5000, 180, 20).agentsNeeded(0.8)).isEmpty();
    }

    @Test
    void nonsenseInputIsRefused() {
        assertThatThrownBy(() -> new ErlangC(0, 180, 20)).hasMessageContaining("callsPerHour");
        assertThatThrownBy(() -> new ErlangC(200, Double.NaN, 20)).hasMessageContaining("ahtSeconds");
        assertThatThrownBy(() -> new ErlangC(200, 180, -1)).hasMessageContaining("targetAnswerSeconds");
        assertThatThrownBy(() -> desk.figures(201)).hasMessageContaining("agents");
        assertThatThrownBy(() -> desk.agentsNeeded(1.0)).hasMessageContaining("targetServiceLevel");
    }
}
