package se.telefonpolicy.staffweb.domain;

/** Counts in Swedish for Växeln's lists, said aloud by a screen reader as the results change. */
public final class SwitchboardWords {

    private SwitchboardWords() {
    }

    /** "Inga träffar", "1 träff", "3 träffar". */
    public static String hits(int n) {
        return n == 0 ? "Inga träffar" : n == 1 ? "1 träff" : n + " träffar";
    }

    /** "ingen", "1 person", "4 personer". */
    public static String people(int n) {
        return n == 0 ? "ingen" : n == 1 ? "1 person" : n + " personer";
    }
}
