package dev.scimkit.client.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.scimkit.core.ScimException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The CSV edge cases table: what {@link SourceRecords#fromCsv} reads, and where it says it fails. */
class CsvSourceTest {

    private static final CsvOptions GROUPS = CsvOptions.builder().multiValued("groups", ";").build();

    static Stream<Arguments> validInputs() {
        return Stream.of(
                valid("LF line ends", "a,b\n1,2\n", "{\"a\":\"1\",\"b\":\"2\"}"),
                valid("no final line break", "a,b\n1,2", "{\"a\":\"1\",\"b\":\"2\"}"),
                valid("CRLF line ends", "a,b\r\n1,2\r\n3,4\r\n", "{\"a\":\"1\",\"b\":\"2\"}", "{\"a\":\"3\",\"b\":\"4\"}"),
                valid("CR line ends", "a,b\r1,2\r3,4", "{\"a\":\"1\",\"b\":\"2\"}", "{\"a\":\"3\",\"b\":\"4\"}"),
                valid("byte order mark", "\uFEFFa,b\n1,2", "{\"a\":\"1\",\"b\":\"2\"}"),
                valid("quoted comma", "a,b\n\"x,y\",2", "{\"a\":\"x,y\",\"b\":\"2\"}"),
                valid("doubled quotes", "a\n\"say \"\"hi\"\"\"", "{\"a\":\"say \\\"hi\\\"\"}"),
                valid("only a quote", "a\n\"\"\"\"", "{\"a\":\"\\\"\"}"),
                valid("LF inside quotes", "a,b\n\"l1\nl2\",2", "{\"a\":\"l1\\nl2\",\"b\":\"2\"}"),
                valid("CRLF inside quotes kept", "a,b\r\n\"l1\r\nl2\",2\r\n", "{\"a\":\"l1\\r\\nl2\",\"b\":\"2\"}"),
                valid("CR inside quotes kept", "a\n\"l1\rl2\"", "{\"a\":\"l1\\rl2\"}"),
                valid("quoted field ends the input", "a,b\n1,\"x\"", "{\"a\":\"1\",\"b\":\"x\"}"),
                valid("quoted delimiter-only field", "a,b\n\",\",2", "{\"a\":\",\",\"b\":\"2\"}"),
                valid("empty cell is absent", "a,b\n,2", "{\"b\":\"2\"}"),
                valid("quoted empty cell is absent", "a,b\n\"\",2", "{\"b\":\"2\"}"),
                valid("whitespace-only cell is absent", "a,b\n  ,2\n\t,3", "{\"b\":\"2\"}", "{\"b\":\"3\"}"),
                valid("spaces inside a value are kept", "a\n x ", "{\"a\":\" x \"}"),
                valid("fewer cells: the rest are absent", "a,b,c\n1\n1,2", "{\"a\":\"1\"}", "{\"a\":\"1\",\"b\":\"2\"}"),
                valid("empty lines are skipped", "a\n\n1\n\n\n2\n\n", "{\"a\":\"1\"}", "{\"a\":\"2\"}"),
                valid("all-blank rows are skipped", "a,b\n,\n1,2\n , \n", "{\"a\":\"1\",\"b\":\"2\"}"),
                valid("header only", "a,b\n"),
                valid("header only, no line break", "a,b"),
                valid("header names are trimmed", " a ,\" b\"\n1,2", "{\"a\":\"1\",\"b\":\"2\"}"),
                valid("values are strings, never converted", "n,on\n007,true", "{\"n\":\"007\",\"on\":\"true\"}"),
                valid("non-ASCII text", "name\nZoë 😀 日本", "{\"name\":\"Zoë 😀 日本\"}"),
                valid("multi-valued cell", "name,groups\nj,Sales;Support", GROUPS,
                        "{\"name\":\"j\",\"groups\":[\"Sales\",\"Support\"]}"),
                valid("multi-valued parts trimmed, empty parts dropped", "name,groups\nj, Sales ;; Support ;", GROUPS,
                        "{\"name\":\"j\",\"groups\":[\"Sales\",\"Support\"]}"),
                valid("multi-valued single value is an array", "name,Groups\nj,Sales", GROUPS,
                        "{\"name\":\"j\",\"Groups\":[\"Sales\"]}"),
                valid("multi-valued with only separators is absent", "name,groups\nj,; ;", GROUPS, "{\"name\":\"j\"}"),
                valid("multi-valued quoted with delimiter and line break", "name,groups\nj,\"Sales, EU;Sup\nport\"",
                        GROUPS, "{\"name\":\"j\",\"groups\":[\"Sales, EU\",\"Sup\\nport\"]}"),
                valid("multi-character separator", "name,groups\nj,a || b", CsvOptions.builder()
                        .multiValued("groups", "||").build(), "{\"name\":\"j\",\"groups\":[\"a\",\"b\"]}"),
                valid("semicolon delimiter", "a;b\n1,5;\"x;y\"", CsvOptions.builder().delimiter(';').build(),
                        "{\"a\":\"1,5\",\"b\":\"x;y\"}"),
                valid("tab delimiter", "a\tb\n1\t2", CsvOptions.builder().delimiter('\t').build(),
                        "{\"a\":\"1\",\"b\":\"2\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validInputs")
    void fromCsv_validInput_readsRecords(String name, String csv, CsvOptions options, List<String> expected) {
        List<SourceRecord> records = SourceRecords.fromCsv(new StringReader(csv), options);
        assertThat(records).map(record -> record.attributes().toString()).containsExactlyElementsOf(expected);
    }

    /** Bad input → scimType, line, column, line the row starts on, and a piece of the problem. */
    static Stream<Arguments> invalidInputs() {
        CsvOptions tiny = CsvOptions.builder().maxFieldChars(3).maxRecords(2).maxColumns(2).build();
        return Stream.of(
                invalid("empty input", "", 1, 1, 1, "syntax", "the input is empty"),
                invalid("unterminated quote", "a,b\n1,\"abc\n", 2, 3, 2, "syntax",
                        "the quoted field opened here is not closed: the input ends at line 3, column 1"),
                invalid("unterminated quote over many lines", "a\n1\n\"x\r\ny\r\nz", 3, 1, 3, "syntax",
                        "not closed: the input ends at line 5, column 2"),
                invalid("quote in an unquoted field", "a\nab\"c", 2, 3, 2, "syntax",
                        "a quote inside an unquoted field (which starts at line 2, column 1)"),
                invalid("space before an opening quote", "a,b\n1, \"x\"", 2, 4, 2, "syntax",
                        "a quote inside an unquoted field (which starts at line 2, column 3)"),
                invalid("text after a closing quote", "a\n\"ab\"c", 2, 5, 2, "syntax",
                        "unexpected 'c' after the closing quote of the quoted field that opens at column 1"),
                invalid("text after a closing quote on a later line", "a,b\n1,\"x\ny\"z", 3, 3, 2, "syntax",
                        "unexpected 'z' after the closing quote of the quoted field that opens at line 2, column 3"),
                invalid("space after a closing quote", "a,b\n\"x\" ,2", 2, 4, 2, "syntax", "unexpected U+0020"),
                invalid("more cells than the header", "a,b\n1,2,3", 2, 5, 2, "syntax",
                        "this row has more cells than the 2 columns of the header (cell 3 starts here)"),
                invalid("trailing delimiter is one cell too many", "a,b\n1,2,", 2, 5, 2, "syntax", "more cells"),
                invalid("more cells after a multi-line field", "a\n\"x\ny\",z", 3, 4, 2, "syntax", "more cells"),
                invalid("blank header name", "a,,c\n1,2,3", 1, 3, 1, "value",
                        "header column 2 is blank; every column needs an attribute name"),
                invalid("whitespace header name", "a, \n", 1, 3, 1, "value", "header column 2 is blank"),
                invalid("blank first line as header", "\na\n", 1, 1, 1, "value", "header column 1 is blank"),
                invalid("duplicate header", "mail,x,mail\n", 1, 8, 1, "value",
                        "header column 3 'mail' repeats column 1 'mail'"),
                invalid("duplicate header differing in case", "mail,Mail\n", 1, 6, 1, "value",
                        "header column 2 'Mail' repeats column 1 'mail' (attribute names are case-insensitive)"),
                invalid("duplicate header after trimming", "a, A \n", 1, 3, 1, "value", "repeats column 1 'a'"),
                invalid("columns counted in code points", "a,b\n😀x,\"y\"z", 2, 7, 2, "syntax", "unexpected 'z'"),
                invalid("byte order mark is not a column", "\uFEFFa,,c", 1, 3, 1, "value", "header column 2 is blank"),
                invalid("CRLF counts as one line break", "a\r\nx\r\n\"y", 3, 1, 3, "syntax", "not closed"),
                invalid("field too long", "a,b\nab,abcd", 2, 4, 2, "value",
                        "the field starting here is longer than 3 characters (CsvOptions.maxFieldChars)", tiny),
                invalid("quoted field too long", "a\n\"ab\ncd\"", 2, 1, 2, "value", "longer than 3 characters", tiny),
                invalid("header name too long", "abcd", 1, 1, 1, "value", "longer than 3 characters", tiny),
                invalid("too many records", "a\n1\n\n2\n3", 5, 1, 5, "value",
                        "more than 2 records (CsvOptions.maxRecords)", tiny),
                invalid("too many columns", "a,b,c\n", 1, 5, 1, "value",
                        "the header has more than 2 columns (CsvOptions.maxColumns)", tiny),
                invalid("multi-valued column missing from the header", "name,group\nj,x", 1, 1, 1, "value",
                        "multi-valued column 'groups' (CsvOptions.multiValued) is not in the header [name, group]",
                        GROUPS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidInputs")
    void fromCsv_invalidInput_namesLineAndColumn(String name, String csv, int line, int column, int recordLine,
            String scimType, String problem, CsvOptions options) {
        CsvParseException e = catchThrowableOfType(CsvParseException.class,
                () -> SourceRecords.fromCsv(new StringReader(csv), options));
        assertThat(e).as(name).isNotNull();
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.scimType()).isEqualTo(scimType.equals("syntax") ? ScimException.INVALID_SYNTAX
                : ScimException.INVALID_VALUE);
        assertThat(List.of(e.line(), e.column(), e.recordLine())).as(e.getMessage())
                .containsExactly(line, column, recordLine);
        assertThat(e.problem()).contains(problem);
        assertThat(e.detail()).startsWith("line " + line + ", column " + column).endsWith(e.problem());
    }

    @Test
    void fromCsv_problemOnALaterLineThanTheRowStart_saysWhereTheRowStarts() {
        CsvParseException e = catchThrowableOfType(CsvParseException.class,
                () -> SourceRecords.fromCsv(new StringReader("a,b\n1,\"x\ny\"z")));
        assertThat(e.detail()).startsWith("line 3, column 3 (in the row starting on line 2): unexpected 'z'");
    }

    @Test
    void fromCsvPath_utf8File_readsIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("people.csv");
        Files.write(file, "\uFEFFuserPrincipalName,givenName,groups\r\nzoe@example.com,Zoë,\"Sales;R&D\"\r\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(SourceRecords.fromCsv(file, GROUPS)).singleElement().satisfies(record -> assertThat(
                record.attributes().toString()).isEqualTo(
                "{\"userPrincipalName\":\"zoe@example.com\",\"givenName\":\"Zoë\",\"groups\":[\"Sales\",\"R&D\"]}"));
    }

    static Stream<Arguments> invalidUtf8() {
        return Stream.of(
                Arguments.of("a\nok\n".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xFF}, 3, 1, "0xff",
                        "offset 5"),
                Arguments.of("a\nxy".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xC3, '(', 'z'}, 2, 3,
                        "0xc3", "offset 4"),
                Arguments.of("a\n\"é\nz".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE2, (byte) 0x82}, 3, 2,
                        "0xe2 0x82", "offset 7"),
                Arguments.of(concat("a\n".getBytes(StandardCharsets.US_ASCII), "x".repeat(20_000).getBytes(
                        StandardCharsets.US_ASCII)), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 2, 20_001,
                        "0xed", "offset 20002"));
    }

    @ParameterizedTest
    @MethodSource("invalidUtf8")
    void fromCsvPath_invalidUtf8_namesLineColumnAndByteOffset(byte[] good, byte[] bad, int line, int column,
            String bytes, String offset, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.write(file, concat(good, bad));
        CsvParseException e = catchThrowableOfType(CsvParseException.class,
                () -> SourceRecords.fromCsv(file, CsvOptions.builder().maxFieldChars(100_000).build()));
        assertThat(e).isNotNull();
        assertThat(e.scimType()).isEqualTo(ScimException.INVALID_SYNTAX);
        assertThat(List.of(e.line(), e.column())).as(e.getMessage()).containsExactly(line, column);
        assertThat(e.problem()).startsWith("invalid UTF-8 (" + bytes).contains(offset);
    }

    @Test
    void fromCsvPath_missingFile_throwsUncheckedIoNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("missing.csv");
        assertThatThrownBy(() -> SourceRecords.fromCsv(missing)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void fromCsv_readsLargeInputInOnePass() {
        StringBuilder csv = new StringBuilder("userPrincipalName,department\n");
        for (int i = 0; i < 50_000; i++) {
            csv.append("user").append(i).append("@example.com,\"Dept, ").append(i % 7).append("\"\r\n");
        }
        List<SourceRecord> records = SourceRecords.fromCsv(new StringReader(csv.toString()));
        assertThat(records).hasSize(50_000);
        assertThat(records.get(49_999).attributes().toString())
                .isEqualTo("{\"userPrincipalName\":\"user49999@example.com\",\"department\":\"Dept, 5\"}");
    }

    @Test
    void fromCsv_recordsFeedTheMapping_blankCellWritesNothing() {
        List<SourceRecord> records = SourceRecords.fromCsv(new StringReader(
                "userPrincipalName,mail,givenName,surname,department,accountEnabled\n"
                        + "jill@example.com,jill@example.com,Jill,,,true\n"));
        assertThat(Presets.entraId().toUser(records.get(0)).toString())
                .doesNotContain("familyName").doesNotContain("department").doesNotContain("\"\"")
                .contains("\"givenName\":\"Jill\"").contains("\"active\":true");
    }

    @Test
    void csvOptions_defaults_areStated() {
        CsvOptions defaults = CsvOptions.defaults();
        assertThat(defaults.delimiter()).isEqualTo(',');
        assertThat(defaults.multiValuedColumns()).isEmpty();
        assertThat(List.of(defaults.maxFieldChars(), defaults.maxColumns(), defaults.maxRecords()))
                .containsExactly(65_536, 1_000, 1_000_000);
        assertThat(defaults).hasToString("CsvOptions[delimiter=',', multiValued={}, maxFieldChars=65536, "
                + "maxColumns=1000, maxRecords=1000000]");
    }

    @Test
    void csvOptions_separator_isCaseInsensitive() {
        assertThat(GROUPS.separator("GROUPS")).contains(";");
        assertThat(GROUPS.separator("name")).isEmpty();
        assertThat(GROUPS.multiValuedColumns()).isEqualTo(Map.of("groups", ";"));
    }

    @Test
    void csvOptionsBuilder_settingGivenTwice_failsNamingTheFirstValue() {
        assertThatThrownBy(() -> CsvOptions.builder().delimiter(';').delimiter(','))
                .isInstanceOf(IllegalStateException.class).hasMessage("delimiter was already set to ';'");
        assertThatThrownBy(() -> CsvOptions.builder().multiValued("groups", ";").multiValued("Groups", "|"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("column 'groups' was already made multi-valued with separator ';'");
        assertThatThrownBy(() -> CsvOptions.builder().maxFieldChars(10).maxFieldChars(20))
                .isInstanceOf(IllegalStateException.class).hasMessage("maxFieldChars was already set to 10");
        assertThatThrownBy(() -> CsvOptions.builder().maxRecords(10).maxRecords(20))
                .isInstanceOf(IllegalStateException.class).hasMessage("maxRecords was already set to 10");
        assertThatThrownBy(() -> CsvOptions.builder().maxColumns(10).maxColumns(20))
                .isInstanceOf(IllegalStateException.class).hasMessage("maxColumns was already set to 10");
    }

    @Test
    void csvOptionsBuilder_badValues_failAtOnce() {
        assertThatThrownBy(() -> CsvOptions.builder().delimiter('"')).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("delimiter must not be a quote or a line break but was '\"'");
        assertThatThrownBy(() -> CsvOptions.builder().delimiter('\n')).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("but was U+000A");
        assertThatThrownBy(() -> CsvOptions.builder().multiValued(" ", ";"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("column is blank");
        assertThatThrownBy(() -> CsvOptions.builder().multiValued("groups", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("separator of column 'groups' is empty");
        assertThatThrownBy(() -> CsvOptions.builder().maxRecords(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxRecords must be at least 1 but was 0");
        assertThatThrownBy(() -> CsvOptions.builder().multiValued(null, ";"))
                .isInstanceOf(NullPointerException.class).hasMessage("column is null");
        assertThatThrownBy(() -> SourceRecords.fromCsv((Path) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("file is null");
        assertThatThrownBy(() -> SourceRecords.fromCsv(new StringReader("a"), null))
                .isInstanceOf(NullPointerException.class).hasMessage("options is null");
    }

    private static Arguments valid(String name, String csv, String... expected) {
        return valid(name, csv, CsvOptions.defaults(), expected);
    }

    private static Arguments valid(String name, String csv, CsvOptions options, String... expected) {
        return Arguments.of(name, csv, options, List.of(expected));
    }

    private static Arguments invalid(String name, String csv, int line, int column, int recordLine, String scimType,
            String problem) {
        return invalid(name, csv, line, column, recordLine, scimType, problem, CsvOptions.defaults());
    }

    private static Arguments invalid(String name, String csv, int line, int column, int recordLine, String scimType,
            String problem, CsvOptions options) {
        return Arguments.of(name, csv, line, column, recordLine, scimType, problem, options);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
