package se.telefonpolicy.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @Test
    void aBomSemicolonsCrlfAndQuotesOnlyWhereACellNeedsThem() {
        String csv = SpreadsheetCsv.of(List.of("Enhet", "Svarsfrekvens"),
                List.of(List.of("Bygglov; norr", "0,98"), Arrays.asList("Sagt \"hej\"", null), List.of("rad\nbryt", "1")));
        assertThat(csv).isEqualTo("\uFEFFEnhet;Svarsfrekvens\r\n\"Bygglov; norr\";0,98\r\n\"Sagt \"\"hej\"\"\";\r\n\"rad\nbryt\";1\r\n");
    }
}
