package dev.scimkit.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs the tables {@code valid-filters.txt} and {@code invalid-filters.txt} in src/test/resources. */
class FilterTableTest {

    private static final String SEPARATOR = " ==> ";

    @TestFactory
    Stream<DynamicTest> parse_validTable() throws IOException {
        return rows("valid-filters.txt").stream().map(row -> DynamicTest.dynamicTest("[" + row.input() + "]", () -> {
            String canonical = row.expected() == null ? row.input() : row.expected();
            Filter filter = Filter.parse(row.input());
            assertThat(filter.toString()).isEqualTo(canonical);
            assertThat(Filter.parse(canonical)).isEqualTo(filter).hasSameHashCodeAs(filter);
        }));
    }

    @TestFactory
    Stream<DynamicTest> parse_invalidTable() throws IOException {
        return rows("invalid-filters.txt").stream().map(row -> DynamicTest.dynamicTest("[" + row.input() + "]", () ->
                assertThatThrownBy(() -> Filter.parse(row.input()))
                        .isInstanceOfSatisfying(FilterParseException.class, e -> {
                            assertThat(e.detail()).isEqualTo(row.expected());
                            assertThat(e.status()).isEqualTo(400);
                            assertThat(e.scimType()).isEqualTo("invalidFilter");
                            assertThat(e.position()).isBetween(0, row.input().length());
                            assertThat(e.detail()).contains("position " + e.position());
                        })));
    }

    @Test
    void tables_areLargeEnough() throws IOException {
        assertThat(rows("valid-filters.txt")).hasSizeGreaterThanOrEqualTo(100);
        assertThat(rows("invalid-filters.txt")).hasSizeGreaterThanOrEqualTo(60)
                .allSatisfy(row -> assertThat(row.expected()).isNotBlank());
    }

    record Row(String input, String expected) {
    }

    static List<Row> rows(String resource) throws IOException {
        try (InputStream in = FilterTableTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int separator = line.indexOf(SEPARATOR);
                rows.add(separator < 0 ? new Row(line, null)
                        : new Row(line.substring(0, separator), line.substring(separator + SEPARATOR.length())));
            }
            return rows;
        }
    }
}
