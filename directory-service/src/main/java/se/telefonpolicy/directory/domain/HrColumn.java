package se.telefonpolicy.directory.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the HR system's employee file (Swedish headers, any order, case and spaces or
 * underscores do not matter). The required ones must be in the header; an optional column left out
 * of the file leaves that field as it is, an empty cell in a column that is there clears it.
 */
public enum HrColumn {
    HR_ID("anställningsnummer", true),
    FIRST_NAME("förnamn", true),
    LAST_NAME("efternamn", true),
    UNIT("enhet", true),
    TITLE("titel", false),
    EXTENSION("anknytning", false),
    WORK_PHONE("telefon", false),
    MOBILE_PHONE("mobil", false),
    EMAIL("e-post", false),
    ROLE("roll", false),
    VOICEMAIL("röstbrevlåda", false),
    GREETING_RECORDED("hälsning inspelad", false),
    GREETING_SECONDS("hälsning sekunder", false),
    RESPONSIBILITIES("ansvarsområden", false),
    VERIFIED("bekräftad", false),
    ACTIVE("aktiv", false);

    private final String header;
    private final boolean required;

    HrColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    /** The column a header cell names, if any ("Förnamn", " FÖRNAMN ", "hälsning_inspelad" all match). */
    public static Optional<HrColumn> of(String headerCell) {
        String normalized = normalize(headerCell);
        return Arrays.stream(values()).filter(c -> c.header.equals(normalized)).findFirst();
    }

    static String normalize(String headerCell) {
        return headerCell == null ? "" : headerCell.replace('\uFEFF', ' ').replace('_', ' ').strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.forLanguageTag("sv"));
    }
}
