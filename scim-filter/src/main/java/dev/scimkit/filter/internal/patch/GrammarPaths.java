package dev.scimkit.filter.internal.patch;

import dev.scimkit.filter.AttributePath;
import dev.scimkit.filter.FilterEvaluator;
import dev.scimkit.filter.PatchPath;
import java.util.Objects;

/**
 * Reads PATCH paths with the scim-filter grammar ({@link PatchPath#parse}), the single source of
 * truth for path syntax, and adapts the result to the engine's {@link ParsedPath}; value filters
 * are evaluated by scim-filter's {@link FilterEvaluator}. Immutable and thread-safe.
 */
public final class GrammarPaths implements PathReader {

    private final FilterEvaluator evaluator;

    /**
     * @param evaluator evaluates value filters against single elements
     */
    public GrammarPaths(FilterEvaluator evaluator) {
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator is null");
    }

    @Override
    public ParsedPath read(String text) {
        PatchPath parsed = PatchPath.parse(text);
        AttributePath path = parsed.path();
        String sub = path.subAttribute() != null ? path.subAttribute() : parsed.subAttribute();
        ValueFilter filter = parsed.valueFilter() == null ? null : new ElementFilter(parsed.valueFilter(), evaluator);
        return new ParsedPath(text, path.schemaUrn(), path.name(), filter, sub);
    }
}
