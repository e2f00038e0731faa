package dev.scimkit.filter.internal.patch;

import dev.scimkit.core.schema.Attribute;
import dev.scimkit.filter.CompiledFilter;
import dev.scimkit.filter.ComparisonOperator;
import dev.scimkit.filter.Filter;
import dev.scimkit.filter.FilterEvaluator;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code valuePath} filter evaluated by scim-filter's evaluator, one element at a time, with the
 * multi-valued attribute's definition (so {@code caseExact} applies). Compiled on first use for the
 * attribute it is applied to, and reused while that stays the same. Thread-safe.
 */
final class ElementFilter implements ValueFilter {

    private final Filter filter;
    private final FilterEvaluator evaluator;
    private volatile Compiled compiled;    // a benign race: any thread may compile, each result is equivalent

    private record Compiled(Attribute attribute, CompiledFilter filter) {
    }

    ElementFilter(Filter filter, FilterEvaluator evaluator) {
        this.filter = filter;
        this.evaluator = evaluator;
    }

    @Override
    public boolean matches(JsonObject element, Attribute attribute) {
        Compiled current = compiled;
        if (current == null || current.attribute() != attribute) {
            current = new Compiled(attribute, evaluator.compileElementFilter(filter, attribute));
            compiled = current;
        }
        return current.filter().test(element);
    }

    @Override
    public Map<String, JsonValue> equalities() {
        Map<String, JsonValue> pinned = new LinkedHashMap<>();
        return collect(filter, pinned) ? pinned : Map.of();
    }

    /** Collects {@code name eq value} terms joined by {@code and}; false for anything else. */
    private static boolean collect(Filter node, Map<String, JsonValue> pinned) {
        if (node instanceof Filter.And and) {
            return collect(and.left(), pinned) && collect(and.right(), pinned);
        }
        if (node instanceof Filter.Comparison comparison && comparison.op() == ComparisonOperator.EQ
                && comparison.path().schemaUrn() == null && comparison.path().subAttribute() == null
                && comparison.value().getValueType() != JsonValue.ValueType.NULL) {
            return pinned.putIfAbsent(comparison.path().name(), comparison.value()) == null;
        }
        return false;
    }

    @Override
    public String text() {
        return filter.toString();
    }
}
