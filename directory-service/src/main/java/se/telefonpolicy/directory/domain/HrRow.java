package se.telefonpolicy.directory.domain;

import java.util.Map;

/**
 * One record of the HR file as read: its line number in the file (the header is line 1) and the
 * cells of the columns the file has. A column missing from the map is not in the file.
 */
public record HrRow(long line, Map<HrColumn, String> cells) {

    public HrRow {
        cells = Map.copyOf(cells);
    }

    public boolean has(HrColumn column) {
        return cells.containsKey(column);
    }

    /** The cell, stripped; null when empty or when the file has no such column. */
    public String text(HrColumn column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
