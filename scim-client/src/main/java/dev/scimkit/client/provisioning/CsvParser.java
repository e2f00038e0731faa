package dev.scimkit.client.provisioning;

import dev.scimkit.core.ScimException;
import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An RFC 4180 reader that turns a header row and data rows into {@link SourceRecord}s of strings.
 * One pass over the input, one row in memory at a time besides the records built so far; every
 * position it reports is the physical line and code-point column of the offending character.
 */
final class CsvParser {

    private static final int EOF = -1;

    private final Reader in;
    private final CsvOptions options;
    private final char delimiter;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;

    /** Position of the next character to read. */
    private int line = 1;
    private int column = 1;
    private boolean afterCr;
    /** Line on which the row being read starts. */
    private int rowLine = 1;

    /** One cell of the row being read. */
    private record Cell(String text, int line, int column) {
    }

    CsvParser(Reader in, CsvOptions options) {
        this.in = in;
        this.options = options;
        this.delimiter = options.delimiter();
    }

    List<SourceRecord> parse() {
        if (peek() == '\uFEFF') {
            position++; // a byte order mark is not text: not a column either
        }
        List<Cell> header = readRow(options.maxColumns(), true);
        if (header == null) {
            throw error(ScimException.INVALID_SYNTAX, 1, 1, "the input is empty; the first row must name the columns");
        }
        String[] names = headerNames(header);
        String[] separators = separators(names);
        List<SourceRecord> records = new ArrayList<>();
        while (true) {
            List<Cell> row = readRow(names.length, false);
            if (row == null) {
                return List.copyOf(records);
            }
            if (row.stream().allMatch(cell -> cell.text.isBlank())) {
                continue; // an empty line, or ",,," as spreadsheets export unused rows
            }
            if (records.size() == options.maxRecords()) {
                throw error(ScimException.INVALID_VALUE, rowLine, 1, "more than " + options.maxRecords()
                        + " records (CsvOptions.maxRecords)");
            }
            records.add(toRecord(names, separators, row));
        }
    }

    private String[] headerNames(List<Cell> header) {
        String[] names = new String[header.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            Cell cell = header.get(i);
            String name = cell.text.strip();
            if (name.isEmpty()) {
                throw error(ScimException.INVALID_VALUE, cell.line, cell.column, "header column " + (i + 1)
                        + " is blank; every column needs an attribute name");
            }
            Integer earlier = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
            if (earlier != null) {
                throw error(ScimException.INVALID_VALUE, cell.line, cell.column, "header column " + (i + 1) + " '"
                        + name + "' repeats column " + (earlier + 1) + " '" + names[earlier]
                        + "' (attribute names are case-insensitive)");
            }
            names[i] = name;
        }
        return names;
    }

    private String[] separators(String[] names) {
        String[] separators = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            separators[i] = options.separator(names[i]).orElse(null);
        }
        for (String column : options.multiValuedColumns().keySet()) {
            if (List.of(names).stream().noneMatch(column::equalsIgnoreCase)) {
                throw error(ScimException.INVALID_VALUE, 1, 1, "multi-valued column '" + column
                        + "' (CsvOptions.multiValued) is not in the header " + List.of(names));
            }
        }
        return separators;
    }

    private SourceRecord toRecord(String[] names, String[] separators, List<Cell> row) {
        JsonObjectBuilder object = ScimJson.builders().createObjectBuilder();
        for (int i = 0; i < row.size(); i++) {
            String text = row.get(i).text;
            if (text.isBlank()) {
                continue; // blank = absent: never send "" to Zoom
            }
            if (separators[i] == null) {
                object.add(names[i], text);
                continue;
            }
            JsonArrayBuilder values = ScimJson.builders().createArrayBuilder();
            boolean any = false;
            String separator = separators[i];
            int start = 0;
            while (start <= text.length()) {
                int end = text.indexOf(separator, start);
                if (end < 0) {
                    end = text.length();
                }
                String value = text.substring(start, end).strip();
                if (!value.isEmpty()) {
                    values.add(value);
                    any = true;
                }
                start = end + separator.length();
            }
            if (any) {
                object.add(names[i], values);
            }
        }
        return new SourceRecord(object.build());
    }

    /**
     * Reads one row.
     *
     * @param maxCells the most cells allowed
     * @param header   whether this is the header row (which may have up to {@code maxCells})
     * @return the cells, or {@code null} at the end of the input
     */
    private List<Cell> readRow(int maxCells, boolean header) {
        if (peek() == EOF) {
            return null;
        }
        rowLine = line;
        List<Cell> cells = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            int cellLine = line;
            int cellColumn = column;
            if (cells.size() == maxCells) {
                throw header
                        ? error(ScimException.INVALID_VALUE, cellLine, cellColumn, "the header has more than "
                                + maxCells + " columns (CsvOptions.maxColumns)")
                        : error(ScimException.INVALID_SYNTAX, cellLine, cellColumn, "this row has more cells than the "
                                + maxCells + " columns of the header (cell " + (maxCells + 1) + " starts here)");
            }
            text.setLength(0);
            int end = peek() == '"' ? readQuoted(text, cellLine, cellColumn) : readUnquoted(text, cellLine, cellColumn);
            cells.add(new Cell(text.toString(), cellLine, cellColumn));
            if (end != delimiter) {
                return cells;
            }
        }
    }

    /** @return the character that ended the field: the delimiter, CR, LF or EOF (all consumed) */
    private int readUnquoted(StringBuilder text, int cellLine, int cellColumn) {
        while (true) {
            int at = line;
            int atColumn = column;
            int c = read();
            if (c == delimiter || c == EOF) {
                return c;
            }
            if (c == '\r' || c == '\n') {
                skipLfAfterCr(c);
                return c;
            }
            if (c == '"') {
                throw error(ScimException.INVALID_SYNTAX, at, atColumn, "a quote inside an unquoted field (which "
                        + "starts at line " + cellLine + ", column " + cellColumn + "); quote the whole field and "
                        + "write the quote twice: \"say \"\"hi\"\"\"");
            }
            append(text, (char) c, cellLine, cellColumn);
        }
    }

    /** @return the character after the closing quote: the delimiter, CR, LF or EOF (all consumed) */
    private int readQuoted(StringBuilder text, int cellLine, int cellColumn) {
        read(); // the opening quote
        while (true) {
            int c = read();
            if (c == EOF) {
                throw error(ScimException.INVALID_SYNTAX, cellLine, cellColumn, "the quoted field opened here is "
                        + "not closed: the input ends at line " + line + ", column " + column
                        + " inside it (a quote in a quoted field is written twice: \"\")");
            }
            if (c == '"') {
                if (peek() == '"') {
                    read();
                    append(text, '"', cellLine, cellColumn);
                    continue;
                }
                int at = line;
                int atColumn = column;
                int after = read();
                if (after == delimiter || after == EOF) {
                    return after;
                }
                if (after == '\r' || after == '\n') {
                    skipLfAfterCr(after);
                    return after;
                }
                String where = cellLine == at ? "at column " + cellColumn
                        : "at line " + cellLine + ", column " + cellColumn;
                throw error(ScimException.INVALID_SYNTAX, at, atColumn, "unexpected " + describe(after)
                        + " after the closing quote of the quoted field that opens " + where
                        + "; a quote inside a quoted field is written twice (\"\")");
            }
            append(text, (char) c, cellLine, cellColumn);
        }
    }

    private void append(StringBuilder text, char c, int cellLine, int cellColumn) {
        if (text.length() == options.maxFieldChars()) {
            throw error(ScimException.INVALID_VALUE, cellLine, cellColumn, "the field starting here is longer than "
                    + options.maxFieldChars() + " characters (CsvOptions.maxFieldChars)");
        }
        text.append(c);
    }

    private void skipLfAfterCr(int c) {
        if (c == '\r' && peek() == '\n') {
            read();
        }
    }

    private String describe(int c) {
        if (c == '"') {
            return "'\"'";
        }
        return Character.isISOControl(c) || Character.isWhitespace(c)
                ? String.format(Locale.ROOT, "U+%04X", c)
                : "'" + (char) c + "'";
    }

    private int peek() {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position];
    }

    private int read() {
        if (position == limit && !fill()) {
            return EOF;
        }
        char c = buffer[position++];
        if (c == '\r') {
            line++;
            column = 1;
            afterCr = true;
            return c;
        }
        if (c == '\n') {
            if (!afterCr) {
                line++;
                column = 1;
            }
            afterCr = false;
            return c;
        }
        afterCr = false;
        if (!Character.isLowSurrogate(c) || position < 2 || !Character.isHighSurrogate(buffer[position - 2])) {
            column++;
        }
        return c;
    }

    private boolean fill() {
        if (position > 0) {
            // keep the last character so a low surrogate can see its high surrogate
            buffer[0] = buffer[position - 1];
            position = 1;
            limit = 1;
        }
        try {
            int n;
            do {
                n = in.read(buffer, limit, buffer.length - limit);
            } while (n == 0);
            if (n < 0) {
                return false;
            }
            limit += n;
            return true;
        } catch (StrictUtf8Reader.MalformedUtf8Exception e) {
            throw new CsvParseException(ScimException.INVALID_SYNTAX, line, column, rowLine,
                    "invalid UTF-8 (" + e.bytes() + " at byte offset " + e.byteOffset()
                            + "); save the file as UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading CSV input failed at line " + line + ", column " + column, e);
        }
    }

    private CsvParseException error(String scimType, int atLine, int atColumn, String problem) {
        return new CsvParseException(scimType, atLine, atColumn, Math.min(rowLine, atLine), problem, null);
    }
}
