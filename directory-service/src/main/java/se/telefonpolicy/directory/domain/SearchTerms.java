package se.telefonpolicy.directory.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns what the switchboard typed into a PostgreSQL tsquery for the {@code swedish} configuration.
 * The Snowball Swedish stemmer leaves many definite forms alone ("bygglovet" stays "bygglovet",
 * "skolskjutsen" becomes "skolskjuts" while "skolskjuts" becomes "skolskjut"), so each word also
 * matches, as a prefix, the word without its definite or plural ending.
 */
public final class SearchTerms {

    /** Definite endings, longest first; a bare "n" or "t" is left alone ("Svensson" is not a definite form). */
    private static final List<String> ENDINGS = List.of("arna", "erna", "orna", "en", "et");
    private static final int SHORTEST_STEM = 3;

    private SearchTerms() {
    }

    /** The words of the query, lower case, letters and digits only (nothing that is tsquery syntax). */
    public static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        if (query == null) {
            return words;
        }
        for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** E.g. "bygglovet" → {@code (bygglovet | bygglov:*)}; several words must all match. */
    public static String tsquery(String query) {
        List<String> parts = new ArrayList<>();
        for (String word : words(query)) {
            String stem = withoutEnding(word);
            parts.add(stem.equals(word) ? word : "(" + word + " | " + stem + ":*)");
        }
        return String.join(" & ", parts);
    }

    static String withoutEnding(String word) {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= SHORTEST_STEM) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }
}
