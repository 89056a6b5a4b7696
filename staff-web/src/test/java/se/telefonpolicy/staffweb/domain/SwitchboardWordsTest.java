package se.telefonpolicy.staffweb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SwitchboardWordsTest {

    @Test
    void hits() {
        assertThat(SwitchboardWords.hits(0)).isEqualTo("Inga träffar");
        assertThat(SwitchboardWords.hits(1)).isEqualTo("1 träff");
        assertThat(SwitchboardWords.hits(3)).isEqualTo("3 träffar");
    }

    @Test
    void people() {
        assertThat(SwitchboardWords.people(0)).isEqualTo("ingen");
        assertThat(SwitchboardWords.people(1)).isEqualTo("1 person");
        assertThat(SwitchboardWords.people(4)).isEqualTo("4 personer");
    }
}
