package dev.scimkit.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile input: size and nesting limits, deep chains, supplementary characters, silence on stderr. */
class ParserSafetyTest {

    @Test
    void parse_badInputs_printNothingToSystemErr() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (String text : List.of("", "(", ")", "a eq", "a eq \"x", "#", "a pr b pr", "a[b[c pr]]",
                    "not a", "a eq \"\\q\"", "a\u0000", "emails[type eq \"work\"", "((((", "a eq 1e99999999999")) {
                try {
                    Filter.parse(text);
                } catch (FilterParseException expected) {
                    // only the stream matters here
                }
                try {
                    PatchPath.parse(text);
                } catch (FilterParseException expected) {
                    // only the stream matters here
                }
            }
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void parse_emptyInput_expectsAFilter() {
        assertThatThrownBy(() -> Filter.parse(""))
                .isInstanceOfSatisfying(FilterParseException.class, e -> {
                    assertThat(e.detail()).isEqualTo(
                            "unexpected end of input at position 0; expecting 'not', '(', <attrPath>");
                    assertThat(e.position()).isZero();
                    assertThat(e.offendingText()).isEmpty();
                    assertThat(e.expected()).containsExactly("'not'", "'('", "<attrPath>");
                });
    }

    @Test
    void parse_nestingAtLimit_parses() {
        String text = "(".repeat(200) + "a pr" + ")".repeat(200);
        assertThat(Filter.parse(text)).isEqualTo(Filters.pr("a"));
    }

    @Test
    void parse_nestingBeyondLimit_isRejectedAtTheOffendingBracket() {
        String text = "(".repeat(201) + "a pr" + ")".repeat(201);
        assertThatThrownBy(() -> Filter.parse(text))
                .isInstanceOfSatisfying(FilterParseException.class, e -> {
                    assertThat(e.detail()).isEqualTo("filter nests brackets deeper than 200 levels at position 200");
                    assertThat(e.position()).isEqualTo(200);
                });
    }

    @Test
    void parse_deeplyNestedNot_isRejectedWithoutStackOverflow() {
        String text = "not (".repeat(5000) + "a pr" + ")".repeat(5000);
        assertThatThrownBy(() -> Filter.parse(text)).isInstanceOf(FilterParseException.class);
    }

    @Test
    void parse_unbalancedOpenBrackets_isRejected() {
        assertThatThrownBy(() -> Filter.parse("(".repeat(8000)))
                .isInstanceOf(FilterParseException.class)
                .hasMessageContaining("deeper than 200 levels");
    }

    @Test
    void parse_tooLong_isRejectedBeforeLexing() {
        String text = "a eq \"" + "x".repeat(9000) + "\"";
        assertThatThrownBy(() -> Filter.parse(text))
                .isInstanceOfSatisfying(FilterParseException.class, e -> {
                    assertThat(e.detail()).isEqualTo("filter of 9007 characters is longer than the limit of 8192");
                    assertThat(e.position()).isEqualTo(8192);
                });
    }

    @Test
    void parse_longestChainWithinLimit_printsEvaluatesAndHashes() {
        StringBuilder text = new StringBuilder("a0 pr");
        for (int i = 1; text.length() < 8180; i++) {
            text.append(i % 2 == 0 ? " or a" : " and a").append(i % 10).append(" pr");
        }
        Filter filter = Filter.parse(text.toString());
        assertThat(filter.toString()).isEqualTo(text.toString());
        assertThat(Filter.parse(filter.toString())).isEqualTo(filter).hasSameHashCodeAs(filter);
    }

    @Test
    void parse_supplementaryCharacters_reportJavaStringPositions() {
        String text = "displayName eq \"\uD83D\uDE00\uD83D\uDE00\" x";
        assertThatThrownBy(() -> Filter.parse(text))
                .isInstanceOfSatisfying(FilterParseException.class, e -> {
                    assertThat(e.position()).isEqualTo(text.indexOf(" x") + 1);
                    assertThat(text.charAt(e.position())).isEqualTo('x');
                    assertThat(e.detail()).isEqualTo("unexpected 'x' at position 22; expecting 'and', 'or', <EOF>");
                });
    }

    @Test
    void parse_badEscapeAfterSupplementaryCharacter_pointsAtTheBackslash() {
        String text = "a eq \"\uD83D\uDE00\\x\"";
        assertThatThrownBy(() -> Filter.parse(text))
                .isInstanceOfSatisfying(FilterParseException.class, e -> {
                    assertThat(text.charAt(e.position())).isEqualTo('\\');
                    assertThat(e.offendingText()).isEqualTo("\\x");
                });
    }

    @Test
    void parse_controlCharacterInString_isNamed() {
        assertThatThrownBy(() -> Filter.parse("a eq \"x\ty\""))
                .isInstanceOfSatisfying(FilterParseException.class, e -> assertThat(e.detail()).isEqualTo(
                        "unescaped control character U+0009 at position 7 in a string; escape it, e.g. \\u0009"));
    }

    @Test
    void parse_controlCharacterOutsideString_isShownEscaped() {
        assertThatThrownBy(() -> Filter.parse("a pr\u0001"))
                .isInstanceOfSatisfying(FilterParseException.class, e -> assertThat(e.detail()).isEqualTo(
                        "unexpected '\\u0001' at position 4; expecting 'and', 'or', <EOF>"));
    }

    @Test
    void parse_hugeExponent_isOutOfRange() {
        assertThatThrownBy(() -> Filter.parse("a eq 1e99999999999"))
                .isInstanceOfSatisfying(FilterParseException.class, e -> assertThat(e.detail()).isEqualTo(
                        "number '1e99999999999' at position 5 is out of range"));
    }

    @Test
    void parse_longOffendingToken_isShortenedInTheMessage() {
        String name = "a".repeat(100);
        assertThatThrownBy(() -> Filter.parse("x pr " + name))
                .isInstanceOfSatisfying(FilterParseException.class, e -> {
                    assertThat(e.detail()).isEqualTo("unexpected '" + "a".repeat(40)
                            + "…' at position 5; expecting 'and', 'or', <EOF>");
                    assertThat(e.offendingText()).isEqualTo(name);
                });
    }

    @Test
    void parse_null_throwsNamingTheParameter() {
        assertThatThrownBy(() -> Filter.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text is null");
        assertThatThrownBy(() -> AttributePath.parse(null)).hasMessage("text is null");
        assertThatThrownBy(() -> AttributePath.parseList(null)).hasMessage("text is null");
        assertThatThrownBy(() -> PatchPath.parse(null)).hasMessage("text is null");
    }
}
