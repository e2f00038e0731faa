package dev.scimkit.filter;

import dev.scimkit.core.json.ScimJson;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for ASTs, shared by the property tests. */
final class FilterArbitraries {

    private FilterArbitraries() {
    }

    static Arbitrary<String> names() {
        Arbitrary<String> realistic = Arbitraries.of("userName", "displayName", "title", "emails", "active",
                "primaryEmail", "orgId", "notes", "$ref", "value", "type", "x-y", "a_1", "ORing", "andy");
        Arbitrary<String> random = Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').ofLength(1),
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('-', '_').ofMaxLength(8))
                .as(String::concat);
        return Arbitraries.oneOf(realistic, random);
    }

    static Arbitrary<String> urns() {
        return Arbitraries.of("urn:ietf:params:scim:schemas:core:2.0:User",
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                "urn:us:zoom:scim:schemas:extension:1.0:ZoomUser", "URN:x.y:a+b%20");
    }

    static Arbitrary<AttributePath> paths() {
        return Combinators.combine(urns().injectNull(0.7), names(), names().injectNull(0.6))
                .as(AttributePath::new)
                .ignoreException(IllegalArgumentException.class);   // a bare keyword such as "or"
    }

    static Arbitrary<AttributePath> elementPaths() {
        return names().map(AttributePath::of).ignoreException(IllegalArgumentException.class);
    }

    static Arbitrary<JsonValue> values() {
        Arbitrary<JsonValue> strings = Arbitraries.strings().all().ofMaxLength(12)
                .map(s -> ScimJson.provider().createValue(s));
        Arbitrary<JsonValue> numbers = Combinators.combine(
                        Arbitraries.bigIntegers().between(BigInteger.valueOf(-1_000_000_000L), BigInteger.valueOf(1_000_000_000L)),
                        Arbitraries.integers().between(-12, 12))
                .as((unscaled, scale) -> ScimJson.provider().createValue(new BigDecimal(unscaled, scale)));
        return Arbitraries.oneOf(strings, numbers, Arbitraries.of(JsonValue.TRUE, JsonValue.FALSE, JsonValue.NULL));
    }

    static Arbitrary<Filter> filters() {
        return filters(paths(), true, 4);
    }

    static Arbitrary<Filter> elementFilters() {
        return filters(elementPaths(), false, 3);
    }

    private static Arbitrary<Filter> filters(Arbitrary<AttributePath> paths, boolean valuePaths, int depth) {
        Arbitrary<Filter> leaf = Arbitraries.oneOf(
                Combinators.combine(paths, Arbitraries.of(ComparisonOperator.class), values()).as(Filter.Comparison::new),
                paths.map(Filter.Presence::new));
        if (valuePaths) {
            leaf = Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(4, leaf),
                    net.jqwik.api.Tuple.of(1, Combinators.combine(paths.map(AttributePath::parent)
                                    .filter(p -> !p.name().equalsIgnoreCase("or") || p.schemaUrn() != null),
                            elementFilters()).as(Filter.ValuePath::new).ignoreException(IllegalArgumentException.class)));
        }
        Arbitrary<Filter> finalLeaf = leaf;
        return Arbitraries.recursive(() -> finalLeaf, inner -> Arbitraries.oneOf(
                Combinators.combine(inner, inner).as(Filter.And::new),
                Combinators.combine(inner, inner).as(Filter.Or::new),
                inner.map(Filter.Not::new)), 0, depth);
    }
}
