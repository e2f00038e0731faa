package dev.scimkit.client.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The law of the CSV source: any records of strings, written as RFC 4180 CSV by an independent
 * writer (any mix of quoting, line ends, byte order mark, final line break, trailing cells left
 * out), read back as the same records, with blank values absent and multi-valued cells as arrays.
 */
class CsvRoundTripProperties {

    /** Pieces values are made of: everything CSV must escape, whitespace, non-ASCII, surrogate pairs. */
    private static final List<String> PIECES = List.of("a", "Z", "0", " ", "  ", ",", ";", "\"", "\"\"", "\r", "\n",
            "\r\n", "\t", "é", "日本", "😀", "x y", "'", "|");

    record Table(List<String> header, int multiValuedColumn, List<List<Object>> rows) {
    }

    record Style(String lineEnd, boolean bom, boolean finalLineBreak, long seed) {
    }

    @Property
    void writtenThenRead_givesTheSameRecords(@ForAll("tables") Table table, @ForAll("styles") Style style) {
        CsvOptions.Builder options = CsvOptions.builder();
        if (table.multiValuedColumn >= 0) {
            options.multiValued(table.header.get(table.multiValuedColumn), ";");
        }
        String csv = write(table, style);

        List<SourceRecord> read = SourceRecords.fromCsv(new StringReader(csv), options.build());

        assertThat(read).map(record -> record.attributes().toString())
                .as(csv).containsExactlyElementsOf(expected(table));
    }

    @Provide
    Arbitrary<Table> tables() {
        Arbitrary<List<String>> headers = Arbitraries.strings().withCharRange('a', 'e').withChars('A', 'B', '_')
                .ofMinLength(1).ofMaxLength(4).list().ofMinSize(1).ofMaxSize(5)
                .uniqueElements(name -> name.toLowerCase(Locale.ROOT));
        return headers.flatMap(header -> Combinators.combine(
                Arbitraries.integers().between(-1, header.size() - 1),
                row(header.size()).list().ofMaxSize(12)).as((multi, rows) -> new Table(header, multi,
                        rows.stream().map(cells -> withLists(cells, multi)).toList())));
    }

    @Provide
    Arbitrary<Style> styles() {
        return Combinators.combine(Arbitraries.of("\r\n", "\n", "\r"), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.longs()).as(Style::new);
    }

    private static Arbitrary<List<String>> row(int width) {
        Arbitrary<String> value = Arbitraries.of(PIECES).list().ofMaxSize(6).map(pieces -> String.join("", pieces));
        return value.injectNull(0.25).list().ofSize(width);
    }

    /** The multi-valued column's cell becomes a list of non-blank, trimmed parts without the separator. */
    private static List<Object> withLists(List<String> cells, int multi) {
        List<Object> row = new ArrayList<>(cells);
        if (multi >= 0 && cells.get(multi) != null) {
            List<String> parts = new ArrayList<>();
            for (String part : cells.get(multi).split(";")) {
                if (!part.strip().isEmpty()) {
                    parts.add(part.strip());
                }
            }
            row.set(multi, parts);
        }
        return row;
    }

    private static List<String> expected(Table table) {
        List<String> records = new ArrayList<>();
        for (List<Object> row : table.rows) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                Object value = row.get(i);
                if (value instanceof String text && !text.isBlank()) {
                    attributes.put(table.header.get(i), text);
                } else if (value instanceof List<?> list && !list.isEmpty()) {
                    attributes.put(table.header.get(i), list);
                }
            }
            if (!attributes.isEmpty()) {
                records.add(SourceRecord.of(attributes).attributes().toString());
            }
        }
        return records;
    }

    /** An RFC 4180 writer of this test's own, quoting whenever needed and sometimes when not. */
    private static String write(Table table, Style style) {
        Random random = new Random(style.seed);
        StringBuilder out = new StringBuilder(style.bom ? "\uFEFF" : "");
        List<List<String>> lines = new ArrayList<>();
        lines.add(table.header);
        for (List<Object> row : table.rows) {
            List<String> cells = new ArrayList<>();
            for (Object value : row) {
                cells.add(value == null ? "" : value instanceof List<?> list ? joined(list, random) : (String) value);
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty() && random.nextBoolean()) {
                cells.remove(cells.size() - 1); // fewer cells than the header: the rest are absent
            }
            lines.add(cells);
        }
        for (int i = 0; i < lines.size(); i++) {
            List<String> cells = lines.get(i);
            for (int j = 0; j < cells.size(); j++) {
                out.append(j == 0 ? "" : ",").append(field(cells.get(j), random));
            }
            if (cells.isEmpty() && i > 0 && random.nextBoolean()) {
                out.append("\"\""); // a quoted empty cell: still an all-blank row
            }
            if (i < lines.size() - 1 || style.finalLineBreak) {
                out.append(style.lineEnd);
            }
        }
        return out.toString();
    }

    private static String joined(List<?> parts, Random random) {
        StringBuilder cell = new StringBuilder();
        for (Object part : parts) {
            if (cell.length() > 0) {
                cell.append(random.nextBoolean() ? ";" : " ; ");
            }
            cell.append(part);
        }
        return cell.toString();
    }

    private static String field(String text, Random random) {
        boolean mustQuote = text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n");
        if (mustQuote || random.nextInt(4) == 0) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
