package se.telefonpolicy.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void definiteFormsAlsoMatchTheBareWordAsAPrefix() {
        assertThat(SearchTerms.tsquery("bygglovet")).isEqualTo("(bygglovet | bygglov:*)");
        assertThat(SearchTerms.tsquery("Skolskjutsen")).isEqualTo("(skolskjutsen | skolskjuts:*)");
        assertThat(SearchTerms.tsquery("färdtjänst")).isEqualTo("färdtjänst");
    }

    @Test
    void severalWordsMustAllMatchAndTsquerySyntaxIsDropped() {
        assertThat(SearchTerms.tsquery("Anna  Svensson")).isEqualTo("anna & svensson");
        assertThat(SearchTerms.tsquery("bygglov & !(x:*)")).isEqualTo("bygglov & x");
        assertThat(SearchTerms.words("  ?! ")).isEmpty();
        assertThat(SearchTerms.words(null)).isEmpty();
    }

    @Test
    void shortWordsKeepTheirEnding() {
        assertThat(SearchTerms.tsquery("ven")).isEqualTo("ven");
        assertThat(SearchTerms.tsquery("taxen")).isEqualTo("(taxen | tax:*)");
        assertThat(SearchTerms.tsquery("Karlsson")).isEqualTo("karlsson");
    }
}
