package dev.scimkit.client.provisioning;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads {@link SourceRecord}s from files: an HR export or a spreadsheet saved as CSV.
 *
 * <pre>{@code
 * // userPrincipalName,mail,givenName,surname,department,groups
 * // jill@example.com,jill@example.com,Jill,Chill,Engineering,Sales;Support
 * List<SourceRecord> people = SourceRecords.fromCsv(Path.of("people.csv"),
 *         CsvOptions.builder().multiValued("groups", ";").build());
 * }</pre>
 *
 * <p>The CSV rules are RFC 4180's, in full: fields are separated by the delimiter, a field that
 * holds the delimiter, a quote or a line break is enclosed in double quotes, and a quote inside it
 * is written twice ({@code "say ""hi"""}); rows end with CR LF, LF or CR (a quoted field keeps its
 * line breaks as they are); the last row may end without one; a UTF-8 byte order mark is skipped.
 * On top of that:
 * <ul>
 *   <li>The first row names the columns: each name (trimmed) becomes a source attribute name.
 *       Names must be non-blank and unique, compared case-insensitively as SCIM names are.</li>
 *   <li>Every value is a string (the {@link AttributeMapping}'s transforms convert), kept exactly
 *       as written, spaces included; a {@linkplain CsvOptions.Builder#multiValued multi-valued}
 *       column becomes a JSON array of strings.</li>
 *   <li>A blank cell (empty, {@code ""}, or only whitespace) is <em>absent</em>: the record has no
 *       such attribute, so the mapping writes nothing (or its default) instead of an empty
 *       string.</li>
 *   <li>A row with fewer cells than the header is allowed: the missing cells are absent. A row
 *       with more cells is an error.</li>
 *   <li>A row whose cells are all blank (an empty line, or {@code ,,,} as spreadsheets export
 *       unused rows) is skipped.</li>
 *   <li>Input beyond the {@linkplain CsvOptions bounds} is an error, never a truncated list.</li>
 * </ul>
 * Every error is a {@link CsvParseException} (a 400 {@code ScimException}) naming the line and
 * column; nothing is returned for an input with an error anywhere.
 */
public final class SourceRecords {

    private SourceRecords() {
    }

    /**
     * Reads a UTF-8 CSV file with {@linkplain CsvOptions#defaults() default options}.
     *
     * @param file the file
     * @return the records, in file order
     * @throws CsvParseException    if the file is not valid CSV or UTF-8, or exceeds a bound
     * @throws UncheckedIOException if the file cannot be read
     * @throws NullPointerException if {@code file} is null
     */
    public static List<SourceRecord> fromCsv(Path file) {
        return fromCsv(file, CsvOptions.defaults());
    }

    /**
     * Reads a UTF-8 CSV file. Bytes that are not UTF-8 are an error naming their line, column and
     * byte offset (never replaced silently).
     *
     * @param file    the file
     * @param options delimiter, multi-valued columns and bounds
     * @return the records, in file order
     * @throws CsvParseException    if the file is not valid CSV or UTF-8, or exceeds a bound
     * @throws UncheckedIOException if the file cannot be read
     * @throws NullPointerException if an argument is null
     */
    public static List<SourceRecord> fromCsv(Path file, CsvOptions options) {
        Objects.requireNonNull(file, "file is null");
        Objects.requireNonNull(options, "options is null");
        try (InputStream in = Files.newInputStream(file); Reader reader = new StrictUtf8Reader(in)) {
            return new CsvParser(reader, options).parse();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CSV file " + file, e);
        }
    }

    /**
     * Reads CSV text with {@linkplain CsvOptions#defaults() default options}. The reader is read
     * to its end and not closed.
     *
     * @param reader the text
     * @return the records, in input order
     * @throws CsvParseException    if the text is not valid CSV or exceeds a bound
     * @throws UncheckedIOException if reading fails
     * @throws NullPointerException if {@code reader} is null
     */
    public static List<SourceRecord> fromCsv(Reader reader) {
        return fromCsv(reader, CsvOptions.defaults());
    }

    /**
     * Reads CSV text. The reader is read to its end and not closed. The reader decides how bytes
     * become text: an {@code InputStreamReader} replaces invalid bytes with U+FFFD, so prefer
     * {@link #fromCsv(Path, CsvOptions)} for files.
     *
     * @param reader  the text
     * @param options delimiter, multi-valued columns and bounds
     * @return the records, in input order
     * @throws CsvParseException    if the text is not valid CSV or exceeds a bound
     * @throws UncheckedIOException if reading fails
     * @throws NullPointerException if an argument is null
     */
    public static List<SourceRecord> fromCsv(Reader reader, CsvOptions options) {
        Objects.requireNonNull(reader, "reader is null");
        Objects.requireNonNull(options, "options is null");
        return new CsvParser(reader, options).parse();
    }
}
