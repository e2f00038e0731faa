package dev.scimkit.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonString;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of parsing, printing and building. */
class FilterPropertiesTest {

    private static final String FILTER_CHARS = "abcdeglnoprstqwxyzEQAND0123456789 ()[]\".,:-_$\\/u+eE\t#!";

    @Property
    void parse_printedFilter_equalsOriginal(@ForAll("filters") Filter filter) {
        Filter reparsed = Filter.parse(filter.toString());
        assertThat(reparsed).isEqualTo(filter);
        assertThat(reparsed.toString()).isEqualTo(filter.toString());
    }

    @Property
    void parsePatchPath_printedPath_equalsOriginal(@ForAll("patchPaths") PatchPath path) {
        assertThat(PatchPath.parse(path.toString())).isEqualTo(path);
    }

    @Property
    void parse_randomText_givesFilterOrFilterParseException(@ForAll("filterLikeText") String text) {
        parseSafely(text);
    }

    @Property
    void parse_mutatedValidFilter_givesFilterOrFilterParseException(@ForAll("mutatedFilters") String text) {
        parseSafely(text);
    }

    @Property
    void parse_anyUnicodeText_givesFilterOrFilterParseException(@ForAll String text) {
        parseSafely(text);
    }

    @Property
    void eq_anyString_parsesBackToTheSameValue(@ForAll String value) {
        Filter reparsed = Filter.parse(Filters.eq("userName", value).toString());
        assertThat(reparsed).isInstanceOf(Filter.Comparison.class);
        Filter.Comparison comparison = (Filter.Comparison) reparsed;
        assertThat(comparison.path()).isEqualTo(AttributePath.of("userName"));
        assertThat(comparison.op()).isEqualTo(ComparisonOperator.EQ);
        assertThat(((JsonString) comparison.value()).getString()).isEqualTo(value);
    }

    @Property
    void attributePath_constructorAndGrammar_agree(@ForAll("pathLikeText") String text) {
        AttributePath parsed;
        try {
            parsed = AttributePath.parse(text);
        } catch (FilterParseException rejected) {
            parsed = null;
        }
        if (parsed != null) {
            assertThat(parsed.toString()).isEqualTo(text);
        } else if (!text.contains(":") && !text.contains(".")) {
            String name = text;
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> AttributePath.of(name))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static void parseSafely(String text) {
        try {
            Filter filter = Filter.parse(text);
            assertThat(Filter.parse(filter.toString())).isEqualTo(filter);
        } catch (FilterParseException expected) {
            assertThat(expected.position()).isBetween(0, Math.max(text.length(), 8192));
            assertThat(expected.detail()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<Filter> filters() {
        return FilterArbitraries.filters();
    }

    @Provide
    Arbitrary<PatchPath> patchPaths() {
        Arbitrary<PatchPath> plain = FilterArbitraries.paths().map(PatchPath::of);
        Arbitrary<PatchPath> filtered = Combinators.combine(
                        FilterArbitraries.paths().map(AttributePath::parent),
                        FilterArbitraries.elementFilters(),
                        FilterArbitraries.names().injectNull(0.5))
                .as(PatchPath::new).ignoreException(IllegalArgumentException.class);
        return Arbitraries.oneOf(plain, filtered);
    }

    @Provide
    Arbitrary<String> filterLikeText() {
        return Arbitraries.strings().withChars(FILTER_CHARS).ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> pathLikeText() {
        return Arbitraries.strings().withChars("abAZ09-_$ref.:urn").ofMinLength(1).ofMaxLength(12);
    }

    @Provide
    Arbitrary<String> mutatedFilters() {
        Arbitrary<String> valid = FilterArbitraries.filters().map(Filter::toString);
        return Combinators.combine(valid, Arbitraries.integers().between(0, 3), Arbitraries.integers().greaterOrEqual(0),
                        Arbitraries.strings().withChars(FILTER_CHARS).ofMinLength(1).ofMaxLength(3))
                .as(FilterPropertiesTest::mutate);
    }

    private static String mutate(String text, int kind, int where, String chunk) {
        if (text.isEmpty()) {
            return chunk;
        }
        int at = where % text.length();
        return switch (kind) {
            case 0 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + chunk.length()));
            case 1 -> text.substring(0, at) + chunk + text.substring(at);
            case 2 -> text.substring(0, at) + chunk + text.substring(Math.min(text.length(), at + chunk.length()));
            default -> text.substring(at) + text.substring(0, at);
        };
    }

    static String json(String value) {
        return ScimJson.write(ScimJson.provider().createValue(value));
    }
}
