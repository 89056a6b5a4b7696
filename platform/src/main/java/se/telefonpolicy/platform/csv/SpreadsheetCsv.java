package se.telefonpolicy.platform.csv;

import java.util.List;

/**
 * CSV for a spreadsheet set to Swedish, as managers open reports and task lists: UTF-8 with a BOM (so Excel
 * reads åäö), semicolons (the comma is the Swedish decimal sign), CRLF, and a cell quoted only when it holds a
 * separator, a quote or a line break — ids and names come from other systems and must not shift the columns.
 */
public final class SpreadsheetCsv {

    public static final String MEDIA_TYPE = "text/csv";
    private static final String BOM = "\uFEFF";

    private SpreadsheetCsv() {
    }

    /** The file: a header row, then the rows; a null cell is empty. */
    public static String of(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(BOM);
        row(csv, header);
        rows.forEach(r -> row(csv, r));
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\""
                : value;
    }
}
