package dev.scimkit.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Filter#parseLenient(String)}: unquoted comparison values, as Zoom accepts them. */
class LenientFilterTest {

    private static final String USER_URN = "urn:ietf:params:scim:schemas:core:2.0:User";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "userName eq a@b.com                      | a@b.com",
        "userName eq Jill.Chill@example.com       | Jill.Chill@example.com",
        "userName eq first.last+tag@sub-domain.example.co.uk | first.last+tag@sub-domain.example.co.uk",
        "userName eq o'brien_x-y@example.com      | o'brien_x-y@example.com",
        "userName eq 123@example.com              | 123@example.com",
        "userName eq true@example.com             | true@example.com",
        "userName eq 9d8c-77ab                    | 9d8c-77ab",
        "externalId eq  KdQ2pX_3RTeYl5pHmkKcVg    | KdQ2pX_3RTeYl5pHmkKcVg",
        "displayName eq Sales  Team   EMEA        | Sales  Team   EMEA",
        "userName eq bjensen                      | bjensen",
        "userName eq pr                           | pr",
        "userName eq émile@exämple.com            | émile@exämple.com",
        "userName eq a😀b@example.com             | a😀b@example.com",
    })
    void parseLenient_bareValue_isTheRawTextAsString(String text, String value) {
        assertThat(Filter.parseLenient(text)).isEqualTo(Filters.eq(text.substring(0, text.indexOf(' ')), value));
    }

    @Test
    void parseLenient_bareValueFollowedByAndOr_endsAtTheKeyword() {
        assertThat(Filter.parseLenient("userName eq a@b.com and active eq true"))
                .isEqualTo(Filters.and(Filters.eq("userName", "a@b.com"), Filters.eq("active", true)));
        assertThat(Filter.parseLenient("userName eq a@b.com OR userName eq c.d@e.org"))
                .isEqualTo(Filters.or(Filters.eq("userName", "a@b.com"), Filters.eq("userName", "c.d@e.org")));
        assertThat(Filter.parseLenient("title sw Senior Engineer and userType ne Contractor or x pr"))
                .isEqualTo(Filters.or(Filters.and(Filters.sw("title", "Senior Engineer"),
                        Filters.ne("userType", "Contractor")), Filters.pr("x")));
    }

    @Test
    void parseLenient_bareValueInParenthesesAndValueFilters_endsAtTheBracket() {
        assertThat(Filter.parseLenient("(userName eq a@b.com) and not (externalId eq 42x)"))
                .isEqualTo(Filters.and(Filters.eq("userName", "a@b.com"), Filters.not(Filters.eq("externalId", "42x"))));
        assertThat(Filter.parseLenient("emails[type eq work and value ew @example.com]"))
                .isEqualTo(Filters.valuePath("emails",
                        Filters.and(Filters.eq("type", "work"), Filters.ew("value", "@example.com"))));
        assertThat(Filter.parseLenient("((userName eq a@b.com))")).isEqualTo(Filters.eq("userName", "a@b.com"));
    }

    @Test
    void parseLenient_mixedWithQuotedAndLiteralValues_keepsTheirTypes() {
        assertThat(Filter.parseLenient("userName eq \"a b\" and nickName eq a b and active eq false"
                + " and x eq null and y gt 5 and z eq TRUE"))
                .isEqualTo(Filters.and(Filters.eq("userName", "a b"), Filters.eq("nickName", "a b"),
                        Filters.eq("active", false), Filters.compare("x", ComparisonOperator.EQ, JsonValue.NULL),
                        Filter.parse("y gt 5"), Filters.eq("z", true)));
    }

    @Test
    void parseLenient_urnPrefixedPath_keepsTheUrn() {
        Filter parsed = Filter.parseLenient(USER_URN + ":userName eq a@b.com");
        assertThat(parsed).isEqualTo(Filters.eq(USER_URN + ":userName", "a@b.com"));
        assertThat(((Filter.Comparison) parsed).path().schemaUrn()).isEqualTo(USER_URN);
        assertThat(Filter.parseLenient("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber"
                + " eq E-701 and " + USER_URN + ":name.familyName co Jen"))
                .isEqualTo(Filters.and(
                        Filters.eq("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber", "E-701"),
                        Filters.co(USER_URN + ":name.familyName", "Jen")));
    }

    @TestFactory
    Stream<DynamicTest> parseLenient_validTable_equalsParse() throws IOException {
        return FilterTableTest.rows("valid-filters.txt").stream().map(row ->
                DynamicTest.dynamicTest("[" + row.input() + "]", () ->
                        assertThat(Filter.parseLenient(row.input())).isEqualTo(Filter.parse(row.input()))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "userName eq a@b.com        | unexpected 'a' at position 12; expecting <compValue>",
        "userName eq bjensen        | unexpected 'bjensen' at position 12; expecting <compValue>",
        "userName eq 123@b.com      | unexpected '@' at position 15; expecting 'and', 'or', <EOF>",
        "userName eq true x         | unexpected 'x' at position 17; expecting 'and', 'or', <EOF>",
        "(userName eq a@b.com)      | unexpected 'a' at position 13; expecting <compValue>",
        "emails[value eq a@b.com]   | unexpected 'a' at position 16; expecting <compValue>",
    })
    void parse_bareValue_isStillRejected(String text, String detail) {
        assertThatThrownBy(() -> Filter.parse(text)).isInstanceOfSatisfying(FilterParseException.class, e -> {
            assertThat(e.detail()).isEqualTo(detail);
            assertThat(e.scimType()).isEqualTo("invalidFilter");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "userName eq                | unexpected end of input at position 11; expecting <compValue>",
        "userName eq a@b.com and    | unexpected end of input at position 23; expecting 'not', '(', <attrPath>",
        "userName eq a@b.com)       | unexpected ')' at position 19; expecting 'and', 'or', <unquoted value>, <EOF>",
        "userName eq and            | unexpected 'and' at position 12; expecting <compValue>",
        "(userName eq a@b.com       | unexpected end of input at position 20; expecting 'and', 'or', ')', <unquoted value>",
        "userName eq a \"b\" c      | unexpected '\"b\"' at position 14; expecting 'and', 'or', <unquoted value>, <EOF>",
        "userName eq a\"b          | unterminated string starting at position 13; expecting a closing '\"' before the end of input",
        "userName eq a@b.com and x  | unexpected end of input at position 25; expecting 'pr', '[', <compareOp>",
    })
    void parseLenient_malformed_reportsWhereAndWhat(String text, String detail) {
        assertThatThrownBy(() -> Filter.parseLenient(text)).isInstanceOfSatisfying(FilterParseException.class, e -> {
            assertThat(e.detail()).isEqualTo(detail);
            assertThat(e.scimType()).isEqualTo("invalidFilter");
            assertThat(e.status()).isEqualTo(400);
        });
    }

    @Test
    void parseLenient_limits_areThoseOfParse() {
        String tooLong = "userName eq " + "a".repeat(8192);
        assertThatThrownBy(() -> Filter.parseLenient(tooLong)).isInstanceOf(FilterParseException.class)
                .hasMessageContaining("longer than the limit of 8192");
        String tooDeep = "(".repeat(201) + "x eq a" + ")".repeat(201);
        assertThatThrownBy(() -> Filter.parseLenient(tooDeep)).isInstanceOf(FilterParseException.class)
                .hasMessageContaining("deeper than 200 levels");
        assertThatThrownBy(() -> Filter.parseLenient(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("text is null");
    }

    @Property
    void parseLenient_simpleBareValue_equalsEqOfThatString(@ForAll("simpleValues") String value) {
        assertThat(Filter.parseLenient("userName eq " + value)).isEqualTo(Filters.eq("userName", value));
    }

    @Property
    void parseLenient_filterLikeText_givesFilterOrFilterParseException(@ForAll("filterLikeText") String text) {
        try {
            Filter filter = Filter.parseLenient(text);
            assertThat(Filter.parse(filter.toString())).isEqualTo(filter);
        } catch (FilterParseException expected) {
            assertThat(expected.position()).isBetween(0, text.length());
            assertThat(expected.detail()).contains("position " + expected.position());
        }
    }

    /**
     * A letter first (so never a lone number), no whitespace, quotes or brackets, and without the
     * letters l, n, o, u no word 'and', 'or', 'true', 'false' or 'null' can occur.
     */
    @Provide
    Arbitrary<String> simpleValues() {
        Arbitrary<String> head = Arbitraries.strings().withChars("abcxyzABCXYZéß").ofLength(1);
        Arbitrary<String> tail = Arbitraries.strings().withChars("abcdefgrstxyzAERT0123456789@.+-_:'%!#~=*$/&|")
                .ofMaxLength(30);
        return Combinators.combine(head, tail).as(String::concat);
    }

    @Provide
    Arbitrary<String> filterLikeText() {
        List<String> pieces = List.of("userName", " eq ", " and ", " or ", "not", "(", ")", "[", "]", "a@b.com",
                "\"q\"", "\"", "42", "true", " ", "emails", ".value", "@", "+", "x", USER_URN + ":", "pr", "\\");
        return Arbitraries.of(pieces).list().ofMaxSize(12).map(list -> String.join("", list));
    }
}
