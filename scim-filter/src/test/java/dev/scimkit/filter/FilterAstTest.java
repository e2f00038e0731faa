package dev.scimkit.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** AST records: null checks, invariants, canonical printing and the builder. */
class FilterAstTest {

    private static final AttributePath A = AttributePath.of("a");

    @Test
    void records_rejectNullsNamingTheField() {
        assertThatThrownBy(() -> new Filter.Comparison(null, ComparisonOperator.EQ, JsonValue.TRUE)).hasMessage("path is null");
        assertThatThrownBy(() -> new Filter.Comparison(A, null, JsonValue.TRUE)).hasMessage("op is null");
        assertThatThrownBy(() -> new Filter.Comparison(A, ComparisonOperator.EQ, null)).hasMessage("value is null");
        assertThatThrownBy(() -> new Filter.Presence(null)).hasMessage("path is null");
        assertThatThrownBy(() -> new Filter.And(null, new Filter.Presence(A))).hasMessage("left is null");
        assertThatThrownBy(() -> new Filter.And(new Filter.Presence(A), null)).hasMessage("right is null");
        assertThatThrownBy(() -> new Filter.Or(null, new Filter.Presence(A))).hasMessage("left is null");
        assertThatThrownBy(() -> new Filter.Or(new Filter.Presence(A), null)).hasMessage("right is null");
        assertThatThrownBy(() -> new Filter.Not(null)).hasMessage("filter is null");
        assertThatThrownBy(() -> new Filter.ValuePath(null, new Filter.Presence(A))).hasMessage("path is null");
        assertThatThrownBy(() -> new Filter.ValuePath(A, null)).hasMessage("filter is null");
    }

    @Test
    void comparison_rejectsStructuredValues() {
        assertThatThrownBy(() -> new Filter.Comparison(A, ComparisonOperator.EQ, JsonValue.EMPTY_JSON_OBJECT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> new Filter.Comparison(A, ComparisonOperator.EQ, JsonValue.EMPTY_JSON_ARRAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JSON array");
    }

    @Test
    void valuePath_rejectsNestingUrnsAndSubAttributes() {
        Filter inner = Filters.valuePath("emails", Filters.pr("type"));
        assertThatThrownBy(() -> new Filter.ValuePath(AttributePath.of("x"), inner))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not contain another value path");
        assertThatThrownBy(() -> Filters.valuePath("emails", Filters.pr("type.x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'type.x'");
        assertThatThrownBy(() -> Filters.valuePath("emails", Filters.pr("urn:a:b:type")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Filters.valuePath("emails.value", Filters.pr("type")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not have a sub-attribute");
    }

    @Test
    void toString_parenthesisesOnlyWherePrecedenceNeedsIt() {
        Filter a = Filters.pr("a");
        Filter b = Filters.pr("b");
        Filter c = Filters.pr("c");
        assertThat(new Filter.And(new Filter.Or(a, b), c)).hasToString("(a pr or b pr) and c pr");
        assertThat(new Filter.And(a, new Filter.Or(b, c))).hasToString("a pr and (b pr or c pr)");
        assertThat(new Filter.And(a, new Filter.And(b, c))).hasToString("a pr and (b pr and c pr)");
        assertThat(new Filter.And(new Filter.And(a, b), c)).hasToString("a pr and b pr and c pr");
        assertThat(new Filter.Or(new Filter.And(a, b), c)).hasToString("a pr and b pr or c pr");
        assertThat(new Filter.Or(a, new Filter.And(b, c))).hasToString("a pr or b pr and c pr");
        assertThat(new Filter.Or(a, new Filter.Or(b, c))).hasToString("a pr or (b pr or c pr)");
        assertThat(new Filter.Not(new Filter.Or(a, b))).hasToString("not (a pr or b pr)");
    }

    @Test
    void toString_escapesStrings() {
        Filter filter = Filters.eq("displayName", "q\"b\\s\n\t\u0001\uD800x");
        assertThat(filter).hasToString("displayName eq \"q\\\"b\\\\s\\n\\t\\u0001\\uD800x\"");
        assertThat(Filter.parse(filter.toString())).isEqualTo(filter);
    }

    @Test
    void filters_buildsEveryOperator() {
        assertThat(Filters.eq("userName", "bjensen")).hasToString("userName eq \"bjensen\"");
        assertThat(Filters.eq("active", true)).hasToString("active eq true");
        assertThat(Filters.eq("x", 42L)).hasToString("x eq 42");
        assertThat(Filters.ne("userName", "x")).hasToString("userName ne \"x\"");
        assertThat(Filters.ne("active", false)).hasToString("active ne false");
        assertThat(Filters.co("a", "b")).hasToString("a co \"b\"");
        assertThat(Filters.sw("a", "b")).hasToString("a sw \"b\"");
        assertThat(Filters.ew("a", "b")).hasToString("a ew \"b\"");
        assertThat(Filters.gt("a", "b")).hasToString("a gt \"b\"");
        assertThat(Filters.ge("a", new BigDecimal("1.5"))).hasToString("a ge 1.5");
        assertThat(Filters.lt("meta.lastModified", Instant.parse("2011-05-13T04:42:34Z")))
                .hasToString("meta.lastModified lt \"2011-05-13T04:42:34Z\"");
        assertThat(Filters.le("a", "b")).hasToString("a le \"b\"");
        assertThat(Filters.gt("a", BigDecimal.ONE)).hasToString("a gt 1");
        assertThat(Filters.gt("a", Instant.EPOCH)).hasToString("a gt \"1970-01-01T00:00:00Z\"");
        assertThat(Filters.ge("a", "b")).hasToString("a ge \"b\"");
        assertThat(Filters.ge("a", Instant.EPOCH)).hasToString("a ge \"1970-01-01T00:00:00Z\"");
        assertThat(Filters.lt("a", "b")).hasToString("a lt \"b\"");
        assertThat(Filters.lt("a", BigDecimal.TEN)).hasToString("a lt 10");
        assertThat(Filters.le("a", BigDecimal.ZERO)).hasToString("a le 0");
        assertThat(Filters.le("a", Instant.EPOCH)).hasToString("a le \"1970-01-01T00:00:00Z\"");
        assertThat(Filters.compare("a", ComparisonOperator.EQ, JsonValue.NULL)).hasToString("a eq null");
        assertThat(Filters.and(Filters.pr("a"), Filters.pr("b"), Filters.pr("c"))).hasToString("a pr and b pr and c pr");
        assertThat(Filters.or(Filters.pr("a"), Filters.pr("b"), Filters.pr("c"))).hasToString("a pr or b pr or c pr");
        assertThat(Filters.not(Filters.pr("a"))).hasToString("not (a pr)");
        assertThat(Filters.valuePath("emails", Filters.eq("type", "work"))).hasToString("emails[type eq \"work\"]");
    }

    @Test
    void filters_rejectsInjectionThroughThePath() {
        assertThatThrownBy(() -> Filters.eq("userName eq \"x\" or id", "y"))
                .isInstanceOfSatisfying(FilterParseException.class, e -> assertThat(e.scimType()).isEqualTo("invalidPath"));
    }

    @Test
    void filters_valueThatLooksLikeAFilter_staysOneValue() {
        String hostile = "x\" or userName pr or userName eq \"";
        Filter filter = Filters.eq("userName", hostile);
        assertThat(Filter.parse(filter.toString()))
                .isEqualTo(new Filter.Comparison(AttributePath.of("userName"), ComparisonOperator.EQ,
                        ScimJson.provider().createValue(hostile)));
    }

    @Test
    void filters_nullArguments_throwNamingTheParameter() {
        assertThatThrownBy(() -> Filters.eq(null, "x")).hasMessage("path is null");
        assertThatThrownBy(() -> Filters.eq("a", (String) null)).hasMessage("value is null");
        assertThatThrownBy(() -> Filters.pr(null)).hasMessage("path is null");
        assertThatThrownBy(() -> Filters.gt("a", (Instant) null)).hasMessage("instant is null");
        assertThatThrownBy(() -> Filters.and(Filters.pr("a"), Filters.pr("b"), (Filter[]) null)).hasMessage("more is null");
        assertThatThrownBy(() -> Filters.valuePath(null, Filters.pr("a"))).hasMessage("path is null");
    }

    @Test
    void comparisonOperator_tokensAndKinds() {
        assertThat(ComparisonOperator.GE.token()).isEqualTo("ge");
        assertThat(ComparisonOperator.GE.isOrdering()).isTrue();
        assertThat(ComparisonOperator.EQ.isOrdering()).isFalse();
        assertThat(ComparisonOperator.SW.isSubstring()).isTrue();
        assertThat(ComparisonOperator.NE.isSubstring()).isFalse();
    }
}
