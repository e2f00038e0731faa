package dev.scimkit.client.provisioning;

import dev.scimkit.core.ScimException;

/**
 * A CSV source that cannot be read: status 400, scimType {@code invalidSyntax} for malformed CSV or
 * text (an unterminated or stray quote, a row with more cells than the header, invalid UTF-8) and
 * {@code invalidValue} for a bad header or an input beyond the {@linkplain CsvOptions bounds}.
 *
 * <p>{@link #line()} and {@link #column()} are 1-based and point at the offending character in the
 * physical input (columns count Unicode code points, a line break ends a line whether it is CR LF, LF
 * or CR, a leading byte order mark is not counted). {@link #recordLine()} is the line on which the
 * row holding the problem starts, which differs from {@code line()} when a quoted field spans lines.
 * The detail reads {@code "line 7, column 3 (in the row starting on line 5): …"}.
 */
public final class CsvParseException extends ScimException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final int recordLine;
    private final String problem;

    CsvParseException(String scimType, int line, int column, int recordLine, String problem, Throwable cause) {
        super(400, scimType, located(line, column, recordLine, problem), cause);
        this.line = line;
        this.column = column;
        this.recordLine = recordLine;
        this.problem = problem;
    }

    /** @return the 1-based line of the problem */
    public int line() {
        return line;
    }

    /** @return the 1-based column (in code points) of the problem on {@link #line()} */
    public int column() {
        return column;
    }

    /** @return the 1-based line on which the row holding the problem starts */
    public int recordLine() {
        return recordLine;
    }

    /** @return what is wrong, without the location */
    public String problem() {
        return problem;
    }

    private static String located(int line, int column, int recordLine, String problem) {
        String where = "line " + line + ", column " + column;
        if (recordLine != line) {
            where += " (in the row starting on line " + recordLine + ")";
        }
        return where + ": " + problem;
    }
}
