package se.telefonpolicy.directory.importing;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import se.telefonpolicy.directory.domain.HrColumn;
import se.telefonpolicy.directory.domain.HrRow;

/**
 * Reads the HR system's employee file as a stream, one record at a time: UTF-8 (a byte order mark
 * is fine), ';' or ',' between fields (whichever the header line has more of), quotes as
 * spreadsheets write them, a header row naming the columns ({@link HrColumn}). Lines that are not
 * valid UTF-8 come out as {@link Unreadable} items in file order with the rows around them.
 */
final class HrCsvReader implements Closeable {

    /** What the reader hands out: a row to import or a line it could not read. */
    sealed interface Item {
        long line();
    }

    record Row(HrRow row) implements Item {
        @Override
        public long line() {
            return row.line();
        }
    }

    /** @param hrId the HR id as far as it could be made out (so a full import does not deactivate that person); may be null */
    record Unreadable(long line, String hrId, String reason) implements Item {
    }

    private final Utf8Lines lines;
    private final CSVFormat format;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<HrColumn> columns;
    private final List<String> ignoredColumns;
    private final int hrIdIndex;
    private long rowsRead;

    private HrCsvReader(Utf8Lines lines, CSVFormat format, List<HrColumn> columns, List<String> ignoredColumns) throws IOException {
        this.lines = lines;
        this.format = format;
        this.columns = columns;
        this.ignoredColumns = ignoredColumns;
        this.hrIdIndex = columns.indexOf(HrColumn.HR_ID);
        this.parser = format.parse(lines);
        this.records = parser.iterator();
    }

    /** Opens the file and reads its header; a header without the required columns is an {@link HrFileException}. */
    static HrCsvReader open(InputStream in) {
        try {
            Utf8Lines lines = new Utf8Lines(in);
            String header = lines.firstLine();
            if (header == null || header.isBlank()) {
                throw new HrFileException("Filen är tom: första raden ska vara rubrikerna, t.ex. "
                        + "anställningsnummer;förnamn;efternamn;enhet");
            }
            char delimiter = delimiterOf(header);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
            List<String> cells;
            try (CSVParser headerParser = format.parse(new StringReader(header))) {
                cells = headerParser.getRecords().get(0).toList();
            }
            List<HrColumn> columns = new ArrayList<>();
            List<String> ignored = new ArrayList<>();
            for (String cell : cells) {
                Optional<HrColumn> column = HrColumn.of(cell);
                if (column.isPresent() && columns.contains(column.get())) {
                    throw new HrFileException("Kolumnen " + column.get().header() + " finns två gånger i rubrikraden");
                }
                columns.add(column.orElse(null));
                if (column.isEmpty() && !cell.isBlank()) {
                    ignored.add(cell.strip());
                }
            }
            List<String> missing = new ArrayList<>();
            for (HrColumn required : HrColumn.values()) {
                if (required.required() && !columns.contains(required)) {
                    missing.add(required.header());
                }
            }
            if (!missing.isEmpty()) {
                throw new HrFileException("Rubrikraden saknar " + String.join(", ", missing)
                        + " (avgränsare '" + delimiter + "'; rubrikerna: " + String.join(", ", cells) + ")");
            }
            return new HrCsvReader(lines, format, columns, ignored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ';' (Swedish Excel) unless the header has more commas; quoted text does not count. */
    static char delimiterOf(String header) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    /** Columns in the header this import does not know (e.g. a personal identity number): left alone. */
    List<String> ignoredColumns() {
        return ignoredColumns;
    }

    /** Data rows and unreadable lines handed out so far. */
    long rowsRead() {
        return rowsRead;
    }

    long bytesRead() {
        return lines.bytesRead();
    }

    /**
     * The next row or unreadable line; null at the end. Rows with only empty cells are skipped. The
     * parser reads a little ahead, so an unreadable line may come out just after the rows that follow it.
     */
    Item next() {
        while (true) {
            Utf8Lines.BadLine bad = lines.pollBadLine();
            if (bad != null) {
                rowsRead++;
                return new Unreadable(bad.line(), hrIdOf(bad.lenient()), "Raden är inte giltig UTF-8 (fel teckenkodning)");
            }
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    if (lines.hasBadLines()) {
                        continue;
                    }
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new HrFileException("Filen kunde inte läsas efter rad " + lines.line() + ": " + e.getMessage());
            }
            // the header was line 1, before the parser started
            long line = 1 + parser.getCurrentLineNumber() - embeddedLineBreaks(record);
            Item item = toItem(record, line);
            if (item != null) {
                rowsRead++;
                return item;
            }
        }
    }

    private Item toItem(CSVRecord record, long line) {
        List<String> values = record.toList();
        if (values.stream().allMatch(String::isBlank)) {
            return null;
        }
        if (values.size() != columns.size()
                && !(values.size() == columns.size() + 1 && values.get(values.size() - 1).isBlank())) {
            return new Unreadable(line, hrIdIndex < values.size() ? blankToNull(values.get(hrIdIndex)) : null,
                    "Raden har " + values.size() + " fält men rubrikraden har " + columns.size());
        }
        Map<HrColumn, String> cells = new EnumMap<>(HrColumn.class);
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) != null) {
                cells.put(columns.get(i), values.get(i));
            }
        }
        return new Row(new HrRow(line, cells));
    }

    private String hrIdOf(String lenientLine) {
        try (CSVParser p = format.parse(new StringReader(lenientLine))) {
            List<CSVRecord> rs = p.getRecords();
            if (rs.isEmpty() || hrIdIndex >= rs.get(0).size()) {
                return null;
            }
            String hrId = blankToNull(rs.get(0).get(hrIdIndex));
            return hrId == null || hrId.indexOf('\uFFFD') >= 0 ? null : hrId;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static long embeddedLineBreaks(CSVRecord record) {
        long n = 0;
        for (String value : record) {
            n += value.chars().filter(c -> c == '\n').count();
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
